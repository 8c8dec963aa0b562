package com.salespact.security;

/** Where signing in happens: the login page, the "waiting for approval" page and the company sign-in start. */
public final class SignInLinks {

    public static final String LOGIN_ROUTE = "login";
    public static final String LOGIN_PATH = "/" + LOGIN_ROUTE;
    public static final String WAITING_ROUTE = "sign-in/waiting";
    /** Query parameter of the login page that names why a company sign-in was refused. */
    public static final String REFUSED = "refused";
    /** Spring Security's start of an OpenID Connect sign-in; the registration id follows. */
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

    private SignInLinks() {
    }

    static String refused(String reason) {
        return LOGIN_PATH + "?" + REFUSED + "=" + reason;
    }
}
