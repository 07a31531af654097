package org.kenshu.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The one deliberate exception to "no System.out/err": where the process's streams are handed to the CLI. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseStandardStreams {
    /** Why this class may touch the standard streams. */
    String value();
}
