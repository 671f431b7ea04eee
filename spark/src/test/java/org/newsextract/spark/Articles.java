package org.newsextract.spark;

import java.util.List;

/** Short articles written for these tests. */
final class Articles {
  private Articles() {}

  static final String STORM = "Flooding in the river valley killed at least 12 people on "
      + "Tuesday and injured 40 others, the regional governor said. \"We have never seen water "
      + "rise this fast,\" said Maria Lindqvist, who heads the local rescue service. Lindqvist "
      + "told reporters that three villagers were still missing.";

  static final String BLAST = "A bomb exploded near a market in the capital on Friday, killing "
      + "five people, including two police officers, police said. Officials said 23 people were "
      + "wounded. \"This was a cowardly attack,\" the interior minister, Tomas Berg, said in a "
      + "statement last week.";

  static final String TALKS = "Negotiators met for a third day in Geneva. According to two "
      + "diplomats familiar with the talks, a deal could come by March 3. The foreign minister "
      + "said on Thursday that \"nothing is agreed until everything is agreed.\"";

  static final String ARREST = "Police arrested 14 people after the protest in the harbour "
      + "district, a spokesman said on Monday. He added that nobody was hurt.";

  static final String BLORP = "The mayor blorped that the bridge would reopen next month.";

  static final List<String> ALL = List.of(STORM, BLAST, TALKS, ARREST, BLORP);
}
