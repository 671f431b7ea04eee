package org.newsextract;

/**
 * A pattern that cannot be compiled: bad syntax, an unknown slot or word class, an ambiguous
 * shape, or a pattern (or set of patterns) over the size limits. The message names the pattern
 * id and the char position in its template (0-based) where the problem was found.
 */
public final class PatternException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id of the offending pattern. */
  private final String patternId;
  /** The 0-based char position of the problem, or -1 when the problem is the whole set. */
  private final int position;
  /** What is wrong, without the id and position. */
  private final String problem;

  /**
   * A pattern that cannot be compiled.
   *
   * @param patternId the id of the offending pattern
   * @param template its template, quoted in the message (may be null)
   * @param position the 0-based char position of the problem in the template, or -1 when the
   *     problem is the whole set
   * @param problem what is wrong
   */
  public PatternException(String patternId, String template, int position, String problem) {
    super(format(patternId, template, position, problem));
    this.patternId = patternId;
    this.position = position;
    this.problem = problem;
  }

  /**
   * The id of the offending pattern.
   *
   * @return the pattern id
   */
  public String patternId() {
    return patternId;
  }

  /**
   * Where the problem was found.
   *
   * @return the 0-based char position in the template, or -1 when the problem is the whole set
   */
  public int position() {
    return position;
  }

  /**
   * What is wrong, without the id and position.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  private static String format(String id, String template, int position, String problem) {
    StringBuilder sb = new StringBuilder("attribution pattern '").append(id).append('\'');
    if (position >= 0) {
      sb.append(" at position ").append(position);
    }
    sb.append(": ").append(problem);
    if (template != null && position >= 0) {
      String t = template.length() > 120 ? template.substring(0, 120) + "..." : template;
      sb.append(" in \"").append(t).append('"');
    }
    return sb.toString();
  }
}
