package org.runmuscle.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.runmuscle.app.cli.DateOption;
import org.runmuscle.app.cli.UserInputException;
import org.runmuscle.app.cli.YesNo;
import org.runmuscle.core.text.Quoted;

/** Query parameters read with the command line's checks, so bad values get the same one-line reasons. */
public final class Query {
    private Query() {}

    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Double number(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UserInputException(name + " " + Quoted.of(value) + " is not a number");
        }
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new UserInputException(name + " " + number + " is outside " + min + " to " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UserInputException(name + " " + Quoted.of(value) + " is not a whole number");
        }
    }

    /** An epoch day from {@code YYYY-MM-DD}, today (UTC) when absent. */
    public static long day(Context ctx, String name) {
        String value = text(ctx, name);
        return (value == null ? LocalDate.now(ZoneOffset.UTC) : DateOption.parse(name, value)).toEpochDay();
    }

    public static boolean flag(Context ctx, String name, boolean fallback) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        return YesNo.parse(value, name).orElse(fallback);
    }

    /**
     * The numeric id in a route's {@code {id}}; anything else is answered like an id that does not
     * exist (404), naming {@code what} it should have been.
     */
    public static long pathId(Context ctx, String what) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("no " + what + " " + Quoted.of(text) + ": ids are numbers");
        }
    }
}
