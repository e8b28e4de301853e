/** The site as data: papers, listings, topics and pages linked to each other; pure, no I/O and no templates. */
package dev.lectern.model;
