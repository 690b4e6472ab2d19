import { extractText, getDocumentProxy } from "unpdf";

/** The text of each page of a PDF, in drawing order, runs of white space as one space. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((page) => page.replace(/[\s\u200B]+/g, " ").trim());
}

/** Each page's text items in the order they were drawn. */
export async function pdfItems(pdf: Buffer): Promise<string[][]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages: string[][] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    pages.push(content.items.flatMap((item) => ("str" in item && item.str.trim() ? [item.str.trim()] : [])));
  }
  return pages;
}
