package dev.lectern.render;

/**
 * Links between pages of the site as relative URLs that name {@code index.html}, so the same files work at a domain
 * root, under a project path and from disk: {@code RelativeUrl.from("papers/x/index.html").to("topics/y/index.html")}
 * is {@code ../../topics/y/index.html}.
 */
public final class RelativeUrl {

    private final String fromDir;
    /** {@code ../} once for each folder of {@code fromDir}: made once, since a page makes hundreds of links. */
    private final String up;

    private RelativeUrl(String fromPath) {
        int slash = fromPath.lastIndexOf('/');
        this.fromDir = slash < 0 ? "" : fromPath.substring(0, slash + 1);
        int depth = 0;
        for (int i = 0; i < fromDir.length(); i++) {
            if (fromDir.charAt(i) == '/') {
                depth++;
            }
        }
        this.up = "../".repeat(depth);
    }

    /** Links from the page at {@code fromPath} (a path inside the site, like {@code papers/x/index.html}). */
    public static RelativeUrl from(String fromPath) {
        return new RelativeUrl(fromPath);
    }

    /** The relative URL of {@code targetPath} (which may end in {@code #fragment}). */
    public String to(String targetPath) {
        // the fragment is kept as it is, so the target is never split: one string is made, not three
        int hash = targetPath.indexOf('#');
        int pathEnd = hash < 0 ? targetPath.length() : hash;
        if (pathEnd == 0) {
            return targetPath;
        }
        if (pathEnd > fromDir.length() && targetPath.startsWith(fromDir)) {
            return targetPath.substring(fromDir.length());
        }
        return up + targetPath;
    }

    /** The prefix that leads from this page to the site's root folder: {@code ../../} or empty. */
    public String toRoot() {
        return up;
    }
}
