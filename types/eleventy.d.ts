// Eleventy 3 ships no type declarations; this covers the parts the project calls.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: any) => void | Promise<void>;
  }
  export interface EleventyPage {
    url: string | false;
    inputPath: string;
    outputPath: string | false;
    content: string;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): void;
    toJSON(): Promise<EleventyPage[]>;
  }
}
