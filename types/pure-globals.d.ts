/**
 * The few globals the pure folders may use beyond ECMAScript itself: those that
 * both browsers and Node provide with the same meaning (WHATWG URL). Only
 * tsconfig.pure.json includes this file; the main tsconfig gets them from the DOM
 * library. Anything not declared here (document, window, chrome, process, Buffer,
 * setTimeout, console...) is a type error in a pure file.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}
