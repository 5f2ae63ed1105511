/**
 * The vocabulary's English labels are capitalised as headings ("Interest paid",
 * "Enterprise"); inside a sentence a common noun is lower case, a name
 * ("Yuancheng District", "Guangdong Patent Award") or an acronym ("IP") is not.
 */
export const labelInSentence = (text: string): string =>
  /^[A-Z][a-z]/.test(text) && !/\s[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
