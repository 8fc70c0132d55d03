/**
 * Returns readmeText with the text between `<!-- inputs:start -->` and `<!-- inputs:end -->`, and
 * between `<!-- outputs:start -->` and `<!-- outputs:end -->`, replaced by the tables of the
 * inputs and outputs declared in actionYmlText. Throws when a marker is missing, repeated or out
 * of order, or when action.yml lacks a description.
 */
export declare function renderReadmeTables(actionYmlText: string, readmeText: string): string
