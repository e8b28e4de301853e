/** Puts rendered files into the output folder: staged, swapped in, unchanged files left untouched, a manifest of what Lectern wrote. */
package dev.lectern.write;
