package org.safkg.remote;

import java.net.URI;
import java.util.Optional;

/** Turns the {@code --to} value into a target: {@code rdf4j:URL/repositories/ID} for the RDF4J REST protocol, else a Graph Store Protocol URL. */
public final class RemoteTargets {
    public static final String RDF4J_SCHEME = "rdf4j:";

    private RemoteTargets() {}

    /**
     * The target a {@code --to} value names.
     *
     * @throws IllegalArgumentException saying what a valid value looks like
     */
    public static GraphTarget parse(String to, Optional<RemoteCredentials> credentials) {
        if (to.startsWith(RDF4J_SCHEME)) {
            String url = to.substring(RDF4J_SCHEME.length());
            checkHttp(url, to);
            if (!url.matches(".*/repositories/[^/]+/?$")) {
                throw new IllegalArgumentException("--to " + to + ": an RDF4J target must end with /repositories/ID, e.g. rdf4j:http://localhost:8080/rdf4j-server/repositories/safkg");
            }
            return new Rdf4jRestTarget(url.replaceFirst("/$", ""), credentials);
        }
        checkHttp(to, to);
        return new GraphStoreTarget(to, credentials);
    }

    private static void checkHttp(String url, String given) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--to " + given + " is not a URL: " + e.getMessage());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("--to " + given + ": give an http(s) URL of a Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data,"
                    + " or rdf4j:http://HOST/rdf4j-server/repositories/ID");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("--to " + given + ": credentials must not be on the command line; set " + RemoteCredentials.USER_ENV
                    + " and " + RemoteCredentials.PASSWORD_ENV + ", or name a file in " + RemoteCredentials.FILE_ENV);
        }
    }
}
