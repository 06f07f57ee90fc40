// Types of scripts/typedoc-plugin.mjs, for test/docs.node.test.ts.
import type { Application } from 'typedoc'

/** src/ folder → typedoc category. */
export declare const CATEGORY_BY_FOLDER: Readonly<Record<string, string | undefined>>
/** The src/ folder of a file path, or undefined for a file outside src/<folder>/. */
export declare function sourceFolder(fileName: string): string | undefined
/** Registers the plugin. */
export declare function load(app: Application): void
