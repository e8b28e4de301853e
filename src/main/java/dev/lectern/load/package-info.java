/** Reads listings and content files into plain records, reporting problems as diagnostics instead of throwing. */
package dev.lectern.load;
