/** Runs the stages config, load, model, render and write for one site and reports their diagnostics. */
package dev.lectern.build;
