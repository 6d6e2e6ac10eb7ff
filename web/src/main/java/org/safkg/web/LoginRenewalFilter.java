package org.safkg.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a researcher logged in on the pages. HTTP Basic has no session: a browser sends the login
 * again only where it was asked for it, so after /login succeeds a cookie (holding no secret, just
 * "this browser has a login") makes a page request that comes without the login answer 401 with the
 * login's realm; the browser then repeats the request with the login it already has. The login itself
 * is checked by the researchers' service on every query, never by this cookie.
 */
final class LoginRenewalFilter implements Filter {
    static final String COOKIE = "safkg-login";
    static final String REALM = "SAF-KG researchers";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (needsLogin(request)) {
            challenge((HttpServletResponse) res);
            return;
        }
        chain.doFilter(req, res);
    }

    /** A page request from a browser that has a login but did not send it. */
    static boolean needsLogin(HttpServletRequest request) {
        return request.getHeader("Authorization") == null && hasCookie(request)
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    static boolean hasCookie(HttpServletRequest request) {
        if (request.getCookies() == null) return false;
        for (Cookie c : request.getCookies()) if (COOKIE.equals(c.getName())) return true;
        return false;
    }

    static void challenge(HttpServletResponse res) throws IOException {
        res.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        res.setContentType("text/plain;charset=utf-8");
        res.getWriter().write("Log in with a researcher's user name and password (run/passwd on the server), or go to /logout.\n");
    }
}
