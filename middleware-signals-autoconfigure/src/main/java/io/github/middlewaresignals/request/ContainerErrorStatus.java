package io.github.middlewaresignals.request;

import org.springframework.util.ClassUtils;

/**
 * The status a servlet container answers an exception with that escaped the application: 500,
 * except where the container knows better. Tomcat answers a request parameter it cannot parse
 * (a malformed {@code %} escape) with the status its {@code InvalidParameterException} carries,
 * 400, also when the exception arrives wrapped in a {@code ServletException}.
 */
public final class ContainerErrorStatus {

    private static final boolean TOMCAT = ClassUtils.isPresent(
            "org.apache.tomcat.util.http.InvalidParameterException", ContainerErrorStatus.class.getClassLoader());

    private ContainerErrorStatus() {
    }

    /** @return the status the client gets for this exception when the response is not yet committed */
    public static int of(Throwable failure) {
        if (TOMCAT) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                int status = Tomcat.statusOf(cause);
                if (status > 0) {
                    return status;
                }
            }
        }
        return 500;
    }

    /** Loaded only when Tomcat is there, so that an application on another container never links its classes. */
    private static final class Tomcat {

        static int statusOf(Throwable failure) {
            return failure instanceof org.apache.tomcat.util.http.InvalidParameterException invalid
                    ? invalid.getErrorCode() : 0;
        }
    }
}
