package org.newsextract.analysis;

import java.lang.reflect.Method;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Keeps SLF4J from printing "SLF4J(W): No SLF4J providers were found" in every program that
 * uses the library. OpenNLP logs through SLF4J; without a provider (Logback, Log4j,
 * slf4j-simple, ...) SLF4J 2 falls back to its no-operation logger and prints three warning
 * lines to standard error when OpenNLP first loads a model.
 *
 * <p>When, and only when, no SLF4J provider can be found and the application has not named one
 * with the system property {@code slf4j.provider}, this makes SLF4J initialise now with its own
 * no-operation provider named explicitly: the logger SLF4J would have used anyway, without the
 * warning. The two system properties set for that are restored at once. An application with a
 * provider is left alone, and so is one whose SLF4J has already started (it has had its warning);
 * {@code -Dnewsextract.slf4j.quiet=false} turns this off. SLF4J older than 2.0.9, which reads no
 * {@code slf4j.provider}, or no SLF4J at all, is also left alone.
 */
final class QuietSlf4j {
  static final String OPT_OUT = "newsextract.slf4j.quiet";
  private static final String PROVIDER_PROPERTY = "slf4j.provider";
  private static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";
  private static final String NOP_PROVIDER = "org.slf4j.helpers.NOP_FallbackServiceProvider";

  private QuietSlf4j() {}

  /** Makes SLF4J quiet if it has no provider; never throws. */
  static synchronized void ensure() {
    try {
      if ("false".equalsIgnoreCase(System.getProperty(OPT_OUT))) {
        return;
      }
      String chosen = System.getProperty(PROVIDER_PROPERTY);
      if (chosen != null && !chosen.isEmpty()) {
        return;
      }
      ClassLoader loader = QuietSlf4j.class.getClassLoader();
      Class<?> factory = Class.forName("org.slf4j.LoggerFactory", false, loader);
      Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
      Class.forName(NOP_PROVIDER, false, loader);
      if (ServiceLoader.load(spi, factory.getClassLoader()).stream().findAny().isPresent()) {
        return;
      }
      String verbosity = System.getProperty(VERBOSITY_PROPERTY);
      System.setProperty(PROVIDER_PROPERTY, NOP_PROVIDER);
      // Else SLF4J reports at INFO that it is "Attempting to load provider".
      if (verbosity == null) {
        System.setProperty(VERBOSITY_PROPERTY, "WARN");
      }
      try {
        Method init = factory.getMethod("getILoggerFactory");
        init.invoke(null);
      } finally {
        System.clearProperty(PROVIDER_PROPERTY);
        if (verbosity == null) {
          System.clearProperty(VERBOSITY_PROPERTY);
        }
      }
    } catch (ReflectiveOperationException | LinkageError | ServiceConfigurationError
        | SecurityException e) {
      // No SLF4J, an old one, or one we cannot inspect: SLF4J behaves as it always does.
    }
  }
}
