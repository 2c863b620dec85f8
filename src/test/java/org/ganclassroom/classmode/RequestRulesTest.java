package org.ganclassroom.classmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a request to the class server must look like (the hostile tour of issue #37, item 4). */
class RequestRulesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void thePagesOwnRequestsPass() {
        assertNull(RequestRules.refusal("GET", "192.168.1.20:8765", null, null, null));
        assertNull(RequestRules.refusal("POST", "192.168.1.20:8765", "http://192.168.1.20:8765", FORM + "; charset=UTF-8", null));
        assertNull(RequestRules.refusal("POST", "127.0.0.1:8765", null, FORM, null), "the app's own client sends no Origin");
        assertNull(RequestRules.refusal("GET", "[fe80::1%25eth0]:8765", null, null, null));
        assertNull(RequestRules.refusal("GET", "teacher-laptop.local:8765", null, null, null));
    }

    @Test
    void aNameForTheHostIsRefused() {
        assertEquals(421, RequestRules.refusal("GET", "evil.example.com:8765", null, null, null).status(),
                "DNS rebinding: a page of another site renamed to this address");
        assertEquals(421, RequestRules.refusal("GET", null, null, null, null).status());
    }

    @Test
    void aChunkedMultipartOrForeignPostIsRefused() {
        assertEquals(411, RequestRules.refusal("POST", "127.0.0.1:1", null, FORM, "chunked").status());
        assertEquals(415, RequestRules.refusal("POST", "127.0.0.1:1", null, "multipart/form-data; boundary=x", null).status());
        assertEquals(415, RequestRules.refusal("POST", "127.0.0.1:1", null, null, null).status());
        assertEquals(403, RequestRules.refusal("POST", "127.0.0.1:1", "http://evil.example.com", FORM, null).status());
    }

    @Test
    void thePolicyAllowsOnlyThePagesOwnScriptAndStyle() {
        String policy = RequestRules.contentSecurityPolicy("<style>a{}</style><script>go()</script>");
        assertTrue(policy.startsWith("default-src 'none'; script-src 'sha256-"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("connect-src 'self'"), policy);
        assertTrue(!policy.contains("unsafe-inline"), policy);
    }
}
