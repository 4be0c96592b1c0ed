package io.phonebench.bench.junit;

import io.phonebench.bench.phone.Capability;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Phones without these capabilities skip the test, and the report says which capability they lack. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {
    Capability[] value();
}
