// Eleventy 3 ships no type declarations; this covers the parts the project calls.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: any) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<Array<{ url: string | false; inputPath: string; outputPath: string | false; content: string }>>;
  }
}
declare module "@11ty/eleventy-plugin-rss";
