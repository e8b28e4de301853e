/** Checks a built site as a reader's browser would follow it: every internal link and fragment resolves, every page is reachable from the home page, nothing is loaded from the network. */
package dev.lectern.check;
