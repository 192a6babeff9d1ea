/** DOM helpers the search page and the search boxes share: markup comes from `<template>`s, text is only ever text. */
import type { TextPart } from "../search/highlight";

/** Appends text parts as text nodes and `<mark>` elements, never as HTML. */
export function appendParts(target: Element, parts: readonly TextPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      target.append(mark);
    } else target.append(part.text);
  }
}

/** A copy of the first element of the `<template>` with this id; a missing template is a bug in the page. */
export function fromTemplate<T extends Element>(id: string): T {
  const template = document.getElementById(id);
  if (!(template instanceof HTMLTemplateElement)) throw new Error(`#${id}: no such template`);
  return template.content.firstElementChild!.cloneNode(true) as T;
}
