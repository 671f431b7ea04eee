/**
 * newsextract: attributions, quotes, casualty counts, dates and sources from English news text.
 *
 * <p>Exports only the API packages. The internal packages ({@code analysis}, {@code names},
 * {@code number}, {@code pattern}, {@code cli}) are not exported: their types are public only
 * because other packages of the library use them. OpenNLP is the one required dependency (its
 * English models are read as resources of the {@code opennlp-models-*-en} jars); Commons Text,
 * Jackson and picocli are needed only by the command-line tool and are optional ({@code requires
 * static}), as they are in the pom.
 */
module org.newsextract {
  exports org.newsextract;
  exports org.newsextract.attribution;
  exports org.newsextract.casualty;
  exports org.newsextract.date;
  exports org.newsextract.html;
  exports org.newsextract.quote;
  exports org.newsextract.source;

  requires org.apache.opennlp.tools;
  // OpenNLP, an automatic module, logs through SLF4J but cannot require it: requiring it here
  // puts it in every user's module graph (users need no --add-modules org.slf4j)
  requires org.slf4j;
  // QuietSlf4j asks whether any SLF4J provider is present before silencing SLF4J's warning
  uses org.slf4j.spi.SLF4JServiceProvider;
  requires static org.apache.commons.text;
  requires static com.fasterxml.jackson.databind;
  requires static info.picocli;
  // the CLI keeps short runs on the quick JIT compiler through the DiagnosticCommand MBean
  requires static java.management;

  // picocli fills the CLI's option fields by reflection
  opens org.newsextract.cli to info.picocli;
}
