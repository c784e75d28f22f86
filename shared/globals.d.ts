// The shared project has neither DOM nor Node types, but both runtimes provide the WHATWG URL
// parser. Only the shared project sees this file; the others take URL from their own lib.
declare global {
  interface URL {
    readonly hash: string;
    readonly hostname: string;
    readonly href: string;
    readonly password: string;
    readonly protocol: string;
    readonly search: string;
    readonly username: string;
  }
  var URL: { new (url: string, base?: string | URL): URL };
}

export {};
