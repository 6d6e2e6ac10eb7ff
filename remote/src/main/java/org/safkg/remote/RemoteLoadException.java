package org.safkg.remote;

import java.util.List;

/** A push that stopped part way: which graphs the store has in full and which it has not (a re-run redoes those). */
public final class RemoteLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> written;
    private final transient List<String> notWritten;

    public RemoteLoadException(String target, List<String> written, List<String> notWritten, Exception cause) {
        super("pushing to " + target + " failed on <" + notWritten.get(0) + ">: " + cause.getMessage(), cause);
        this.written = List.copyOf(written);
        this.notWritten = List.copyOf(notWritten);
    }

    /** The graphs replaced in full before the failure. */
    public List<String> written() {
        return written;
    }

    /** The graphs not (or not fully) written: the one that failed first, then those not tried. */
    public List<String> notWritten() {
        return notWritten;
    }
}
