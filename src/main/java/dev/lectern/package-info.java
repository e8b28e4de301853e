/** The vocabulary every stage shares: where a problem is ({@link dev.lectern.Location}) and what it is ({@link dev.lectern.Diagnostic}). */
package dev.lectern;
