/** The site's settings: site.yml read into a SiteConfig, unknown keys and wrong types reported with file and line. */
package dev.lectern.config;
