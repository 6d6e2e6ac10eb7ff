package org.safkg.web;

/** A value on a page: its text, and where it links to (null for a literal). */
public record Value(String text, String href) {
    public boolean isLink() {
        return href != null;
    }
}
