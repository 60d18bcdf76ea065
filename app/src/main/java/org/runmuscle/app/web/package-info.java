/**
 * The HTTP server (Javalin on Jetty) without any feature: static pages, route registration,
 * query parameters read with the command line's checks, and RFC 9457 problem bodies.
 */
package org.runmuscle.app.web;
