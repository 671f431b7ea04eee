package org.newsextract.cli;

import static org.newsextract.cli.Main.oneLine;
import static org.newsextract.cli.Main.shown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.newsextract.Layer;
import org.newsextract.cli.Main.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The command line, parsed by picocli; messages stay ours (one line, values escaped). */
@Command(
    name = "newsextract",
    customSynopsis = {
      "java -jar newsextract.jar [options] FILE|-",
      "       java -jar newsextract.jar [options] --jsonl IN.jsonl|- [--out OUT.jsonl]"
    },
    description = {
      "",
      "Extracts attributions, quotes, casualty counts and dates from English news text.",
      ""
    },
    footer = {
      "",
      "Input is UTF-8; a byte order mark opening it is dropped (offsets count from the",
      "char after it). Output is UTF-8.",
      "",
      "Exit codes: 0 ok; 1 some documents failed (each has an error line), or the article",
      "is over the length limit; 2 usage error; 3 I/O error or out of memory: the run did",
      "not complete."
    },
    sortOptions = false,
    usageHelpWidth = 90)
final class Options {
  /** The output of one article. */
  enum Format {
    JSON,
    TEXT,
    HTML
  }

  @Parameters(arity = "0..*", paramLabel = "FILE|-",
      description = "one article (UTF-8 text), or - for standard input")
  List<String> files = new ArrayList<>();

  @Option(names = "--jsonl", paramLabel = "IN|-",
      description = "JSON Lines of {\"id\", \"text\", \"dct\"}; one output line each (dct: "
          + "YYYY-MM-DD, or an ISO date-time whose date is taken)")
  String jsonl;

  @Option(names = {"--out", "-o"}, paramLabel = "OUT",
      description = "write the JSON Lines output to OUT instead of stdout; OUT is replaced "
          + "only once the run completes, and never when it is the input or a patterns file")
  String out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "reference date for relative dates (a line's dct wins)")
  LocalDate date;

  @Option(names = "--layers", paramLabel = "LAYER", split = ",",
      converter = LayerConverter.class,
      description = "run only these layers: dates, quotes, attributions, casualties "
          + "(default: all); the others' lists stay empty")
  List<Layer> layers = new ArrayList<>();

  @Option(names = "--format", paramLabel = "json|text|html", converter = FormatConverter.class,
      description = "one article as pretty JSON (default), as a digest for people (who "
          + "said what, sources, quotes, casualty totals, dates on a timeline) or as one "
          + "self-contained HTML page with every fact highlighted")
  Format format = Format.JSON;

  @Option(names = "--pattern", paramLabel = "TEMPLATE",
      description = "add an attribution pattern (repeatable; ids cli-1, cli-2, ...)")
  List<String> patterns = new ArrayList<>();

  @Option(names = "--patterns", paramLabel = "FILE",
      description = "add attribution patterns, one a line (# comments; ids FILE:LINE)")
  List<String> patternFiles = new ArrayList<>();

  @Option(names = "--no-default-patterns", description = "start from no attribution patterns")
  boolean noDefaultPatterns;

  @Option(names = "--non-speech-quotes",
      description = "also list scare quotes, titles, glosses (kind OTHER)")
  boolean nonSpeechQuotes;

  @Option(names = "--threads", paramLabel = "N", converter = ThreadsConverter.class,
      description = "worker threads for --jsonl (default: processors)")
  int threads;

  @Option(names = "--progress",
      description = "report batch progress on stderr (documents, docs/s, and for an input "
          + "file percent done and time left) also when not in a terminal")
  boolean progress;

  @Option(names = {"--help", "-h"}, usageHelp = true, description = "show this help")
  boolean help;

  @Option(names = "--version", versionHelp = true, description = "show the version")
  boolean version;

  @Option(names = "--completion",
      description = "print a bash completion script for a command named newsextract: "
          + "source <(newsextract --completion)")
  boolean completion;

  /** The single article (from {@link #files}), or null. */
  String file;

  static CommandLine commandLine(Options o) {
    CommandLine cmd = new CommandLine(o);
    // A FILE named "@x" is a file, not an argument file to expand.
    cmd.setExpandAtFiles(false);
    // As before picocli: a repeated option's last value wins.
    cmd.setOverwrittenOptionsAllowed(true);
    cmd.setUnmatchedArgumentsAllowed(false);
    return cmd;
  }

  /** Parses and checks {@code args}; every problem is a one-line {@link UsageException}. */
  void parse(CommandLine cmd, String[] args) throws UsageException {
    try {
      cmd.parseArgs(args);
    } catch (ParameterException e) {
      throw new UsageException(message(e));
    }
    if (files.size() > 1) {
      throw new UsageException(
          "more than one input file: " + shown(files.get(0)) + ", " + shown(files.get(1)));
    }
    file = files.isEmpty() ? null : files.get(0);
    if (jsonl != null && file != null) {
      throw new UsageException("give either FILE or --jsonl, not both");
    }
    if (out != null && jsonl == null) {
      throw new UsageException("--out needs --jsonl");
    }
    if (format == Format.TEXT && jsonl != null) {
      throw new UsageException("--format text is for one article; a batch writes JSON Lines");
    }
    if (format == Format.HTML && jsonl != null && out == null) {
      throw new UsageException("--jsonl with --format html needs --out DIR (a page per "
          + "document and an index.html)");
    }
  }

  /** picocli's problem in our words: one line, user values escaped. */
  private static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return "unknown option " + shown(u.getUnmatched().get(0));
    }
    if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()
        && m.getMissing().get(0) instanceof OptionSpec spec) {
      return spec.longestName() + " needs a value";
    }
    if (e.getCause() instanceof TypeConversionException t) {
      return t.getMessage();
    }
    return oneLine(e.getMessage(), 200);
  }

  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String d) {
      try {
        return LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("invalid --date " + shown(d) + ": expected YYYY-MM-DD");
      }
    }
  }

  static final class ThreadsConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String t) {
      int n;
      try {
        n = Integer.parseInt(t);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > 256) {
        throw new TypeConversionException("invalid --threads " + shown(t) + ": expected 1 to 256");
      }
      return n;
    }
  }

  static final class LayerConverter implements ITypeConverter<Layer> {
    @Override
    public Layer convert(String l) {
      for (Layer layer : Layer.values()) {
        if (layer.name().equalsIgnoreCase(l.strip())) {
          return layer;
        }
      }
      throw new TypeConversionException("invalid --layers " + shown(l)
          + ": expected dates, quotes, attributions or casualties, separated by commas");
    }
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String f) {
      for (Format format : Format.values()) {
        if (format.name().equalsIgnoreCase(f)) {
          return format;
        }
      }
      throw new TypeConversionException(
          "invalid --format " + shown(f) + ": expected json, text or html");
    }
  }
}
