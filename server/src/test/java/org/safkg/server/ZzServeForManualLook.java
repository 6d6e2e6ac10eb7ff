package org.safkg.server;

import org.junit.jupiter.api.Test;

class ZzServeForManualLook {
    @Test
    void serve() throws Exception {
        TestServer s = TestServer.get();
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/i13-port"), s.base() + "\n" + s.logins);
        Thread.sleep(Long.parseLong(System.getProperty("serve.ms", "900000")));
    }
}
