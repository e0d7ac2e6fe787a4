declare module "markdown-it-container" {
  import type { MarkdownIt } from "markdown-it";
  type Options = {
    validate?: (params: string) => boolean;
    marker?: string;
  };
  const container: (md: MarkdownIt, name: string, options?: Options) => void;
  export default container;
}
