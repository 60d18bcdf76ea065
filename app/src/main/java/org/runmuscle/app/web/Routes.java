package org.runmuscle.app.web;

/**
 * A feature's HTTP routes: thin handlers that read the request, call the feature's service and
 * write its answer. Each feature package has one; {@code serve} hands them to the server.
 */
public interface Routes {
    void register(WebServer server);
}
