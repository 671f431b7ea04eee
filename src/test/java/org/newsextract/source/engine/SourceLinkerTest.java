package org.newsextract.source.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.TextSpan;
import org.newsextract.attribution.Attribution;
import org.newsextract.attribution.SourceKind;
import org.newsextract.quote.Quote;
import org.newsextract.source.Source;

/** One rule of {@link SourceLinker} per test, on sentences of our own. */
class SourceLinkerTest {
  private static final NewsExtractor EXTRACTOR = NewsExtractor.builder().build();

  private static Attribution withSource(Extraction x, String source) {
    return x.attributions().stream()
        .filter(a -> a.source().map(TextSpan::text).orElse("").equals(source))
        .findFirst().orElseThrow(() -> new AssertionError("no source " + source + " in "
            + x.attributions()));
  }

  private static Optional<String> resolved(Attribution a) {
    return a.resolvedSource().map(TextSpan::text);
  }

  @Test
  void anObjectPronounAfterAccordingToIsThePerson() {
    Extraction x = EXTRACTOR.extract("Lena Marsh said the ferry would run again in June. "
        + "The delay, according to her, came from a shortage of parts.");
    assertEquals(Optional.of("Lena Marsh"), resolved(withSource(x, "her")));
  }

  @Test
  void aPronounAfterADatelineIsTheSentencesSubjectNotThePlace() {
    Extraction x = EXTRACTOR.extract("Port Harcourt (AFP) – Veteran singer Adaeze Nwosu is "
        + "not sure she will tour again, she said on Friday.");
    assertEquals(Optional.of("Adaeze Nwosu"), resolved(withSource(x, "she")));
  }

  @Test
  void anArmedGroupTheLexiconKnowsIsNoDescriptionOfThePersonBefore() {
    Extraction x = EXTRACTOR.extract("Gul Rahim Wardak, a spokesman for the provincial "
        + "governor, said the blast killed nine people. The Taliban denied involvement.");
    Attribution denied = withSource(x, "The Taliban");
    assertEquals(Optional.empty(), resolved(denied));
    assertEquals(SourceKind.NAMED_ORGANIZATION, denied.sourceKind());
  }

  @Test
  void twoNamesAHeadlineJoinsWithACommaAreNeitherAlone() {
    Extraction x = EXTRACTOR.extract("Okafor, Brandt had opposing views on port funding\n\n"
        + "Tamsin Okafor and Lena Brandt disagreed on Monday about the port, aides said.");
    assertEquals(Optional.empty(), resolved(withSource(x, "Brandt")));
  }

  @Test
  void aCountrysMinisterIsAPersonOnTheRecord() {
    Extraction x = EXTRACTOR.extract("Rebels freed two hostages on Monday, Omar Sali said. "
        + "Norway's foreign minister said Oslo was in close contact with the rebels.");
    assertEquals(SourceKind.NAMED_PERSON,
        withSource(x, "Norway's foreign minister").sourceKind());
  }

  @Test
  void theNameARoleIntroducesIsThePersonNotTheLongerBodyBeforeIt() {
    Extraction x = EXTRACTOR.extract("Harbour Valley Power spokesman Dana Ruiz said crews "
        + "would work through the night.");
    Source s = x.sources().get(0);
    assertEquals("Dana Ruiz", s.canonical().text());
    assertEquals(SourceKind.NAMED_PERSON, s.kind());
  }

  @Test
  void aWordBeforeACountrysNameIsABody() {
    Extraction x = EXTRACTOR.extract("Environment Canada said gusts reached 150 kilometres "
        + "per hour on the coast.");
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "Environment Canada").sourceKind());
  }

  @Test
  void aQuotesSpeakerIsTheWholeSubjectNotTheNameAfterItsOf() {
    Extraction x = EXTRACTOR.extract("Kofi Mensah of the Accra Institute for Fiscal Studies "
        + "said the budget \"spends money the country does not have.\"");
    assertEquals(Optional.of("Kofi Mensah of the Accra Institute for Fiscal Studies"),
        x.quotes().get(0).speaker().map(TextSpan::text));
  }

  @Test
  void aSurnameWithItsArabicArticleIsOneNameFoundByTheSurnameAlone() {
    Extraction x = EXTRACTOR.extract("Interior Minister Khalid al-Rashidi said the border "
        + "would stay closed. Rashidi said the curfew would be lifted on Friday. He added that "
        + "schools would reopen.");
    assertEquals(Optional.of("Khalid al-Rashidi"), resolved(withSource(x, "Rashidi")));
    assertEquals(Optional.of("Khalid al-Rashidi"), resolved(withSource(x, "He")));
  }

  @Test
  void aParticleInsideANameKeepsTheNameWhole() {
    Extraction x = EXTRACTOR.extract("Omar bin Saleh said the talks had failed. "
        + "Bin Saleh said he would try again.");
    assertEquals(Optional.of("Omar bin Saleh"), resolved(withSource(x, "Bin Saleh")));
  }

  @Test
  void aBodysWholeNameIsItsCanonicalAndTheShortFormIsTheSameBody() {
    Extraction x = EXTRACTOR.extract("The Ghana Commission on Human Rights said 12 people "
        + "were hurt. At least 30 people have died since May, according to the commission.");
    assertEquals(1, x.sources().size());
    assertEquals("The Ghana Commission on Human Rights", x.sources().get(0).canonical().text());
  }

  @Test
  void anAcronymSpelledOutInParenthesesBeforeIsThatBody() {
    Extraction x = EXTRACTOR.extract("The Armed Forces Press Office (COPRENA) reported that "
        + "two soldiers were killed. COPRENA said three rebels were captured.");
    assertEquals(1, x.sources().size());
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "COPRENA").sourceKind());
  }

  @Test
  void aFirmByItsTradeIsTheBodyCitedJustBeforeEvenAfterAnotherSuchMention() {
    Extraction x = EXTRACTOR.extract("Marlow & Penn said it would close 12 stores. The chain "
        + "said it would cut 800 jobs. The retailer said holiday sales had fallen.");
    assertEquals(1, x.sources().size());
    assertEquals(Optional.of("Marlow & Penn"), resolved(withSource(x, "The retailer")));
  }

  @Test
  void aBodysNameWithAndInItsTailIsWhole() {
    Extraction x = EXTRACTOR.extract("Two crews were hurt, according to the Oregon Department "
        + "of Forestry and Fire Safety.");
    assertEquals("the Oregon Department of Forestry and Fire Safety",
        x.sources().get(0).canonical().text());
  }

  @Test
  void aNameAfterABodysHeadNounIsTheBodysAndItIsThatBody() {
    Extraction x = EXTRACTOR.extract("The company that ran the ferry, Harbor Lines, said it had "
        + "cooperated. It declined to comment further.");
    assertEquals(1, x.sources().size());
    assertEquals(SourceKind.NAMED_ORGANIZATION, x.sources().get(0).kind());
    assertEquals(Optional.of("Harbor Lines"), resolved(withSource(x, "It")));
  }

  @Test
  void aFirstWordOfALongTitledNameIsNoFirstName() {
    // "FactWatch Executive Director Dana Oyelaran": the run opens with the outlet, not a name
    Extraction x = EXTRACTOR.extract("FactWatch Executive Director Dana Oyelaran started the "
        + "site in May. “The claim is mostly false,” FactWatch said.");
    assertEquals(1, x.quotes().size());
    assertEquals(Optional.empty(), x.quotes().get(0).resolvedSpeaker().map(TextSpan::text));
  }

  @Test
  void aFirstNameAloneIsTheTextsOnePersonWithIt() {
    Extraction x = EXTRACTOR.extract("Tamsin Okafor won the council seat in May. "
        + "Tamsin said the library would stay open.");
    assertEquals(Optional.of("Tamsin Okafor"), resolved(withSource(x, "Tamsin")));
  }

  @Test
  void aFirstNameTwoPeopleShareResolvesToNeither() {
    Extraction x = EXTRACTOR.extract("Tamsin Okafor and Tamsin Reyes ran for the council seat. "
        + "Tamsin said the library would stay open.");
    assertEquals(Optional.empty(), resolved(withSource(x, "Tamsin")));
  }

  @Test
  void aPronounAfterANewlyNamedSubjectIsThatPerson() {
    Extraction x = EXTRACTOR.extract("Dario Venn, a campaign adviser, joined in March. "
        + "Venn met reporters on Thursday after a closed meeting. He says the talks went well.");
    assertEquals(Optional.of("Dario Venn"), resolved(withSource(x, "He")));
  }

  @Test
  void aPronounIsThePersonLastCitedAndBothStatementsAreOneSource() {
    Extraction x = EXTRACTOR.extract("Maria Ortiz, the city's mayor, said the bridge would "
        + "reopen in May. She said repairs would cost $2 million.");
    Attribution she = withSource(x, "She");
    assertEquals(Optional.of("Maria Ortiz"), resolved(she));
    assertEquals(SourceKind.NAMED_PERSON, she.sourceKind());
    Source s = x.sources().get(0);
    assertEquals("Maria Ortiz", s.canonical().text());
    assertEquals(List.of(0, 1), s.attributions());
  }

  @Test
  void itIsTheDocumentOrBodyCitedJustBefore() {
    Extraction x = EXTRACTOR.extract("The union's leaflet says the night shift is unsafe. "
        + "It makes no mention of the new hires.");
    Attribution it = withSource(x, "It");
    assertEquals(Optional.of("The union's leaflet"), resolved(it));
    assertEquals(SourceKind.DOCUMENT, it.sourceKind());
  }

  @Test
  void itAfterAPersonStaysAPronoun() {
    Extraction x = EXTRACTOR.extract("Paul Reyes said the bridge would reopen in May. "
        + "It added that repairs would cost $2 million.");
    assertEquals(SourceKind.PRONOUN, withSource(x, "It").sourceKind());
  }

  @Test
  void aRoleOnePersonHoldsIsThatPersonNotItsOwner() {
    Extraction x = EXTRACTOR.extract("Mayor Lena Okafor's campaign manager says the count was "
        + "fair. Okafor said she would accept the result.");
    Attribution manager = withSource(x, "Mayor Lena Okafor's campaign manager");
    assertEquals(SourceKind.NAMED_PERSON, manager.sourceKind());
    assertEquals(Optional.empty(), resolved(manager));
    assertEquals(2, x.sources().size()); // the manager and Okafor, two people
  }

  @Test
  void aRoleWithItsHolderNamedInAnAppositiveIsThatPerson() {
    Extraction x = EXTRACTOR.extract("The party's campaign manager, Robby Vance, said the count "
        + "was fair.");
    Attribution a = withSource(x, "The party's campaign manager, Robby Vance");
    assertEquals(SourceKind.NAMED_PERSON, a.sourceKind());
    assertEquals("Robby Vance", x.sources().get(0).canonical().text());
  }

  @Test
  void aLeadsDescriptionIsThePersonTheNextParagraphIntroduces() {
    Extraction x = EXTRACTOR.extract("A senior campaign adviser says the governor will win the "
        + "primary.\n\nDario Venn spoke to reporters after a rally in Dayton.");
    Attribution a = withSource(x, "A senior campaign adviser");
    assertEquals(Optional.of("Dario Venn"), resolved(a));
    assertEquals(SourceKind.NAMED_PERSON, a.sourceKind());
  }

  @Test
  void aLeadsDescriptionIsThePersonNamedNextWithAPhraseOnHowHeSpoke() {
    // a comma phrase on how or when the person spoke is no appositive giving another role
    Extraction x = EXTRACTOR.extract("The mayor's campaign manager says he is pleased by the "
        + "ruling.\n\nCorin Baptiste, in a statement released by the campaign on Thursday, said "
        + "the matter was closed.");
    assertEquals(Optional.of("Corin Baptiste"),
        resolved(withSource(x, "The mayor's campaign manager")));
    Extraction named = EXTRACTOR.extract("Dana Pruitt's campaign manager says he is pleased by "
        + "the ruling.\n\nCorin Baptiste, in a statement released by the campaign on Thursday, "
        + "said the matter was closed.");
    assertEquals(Optional.of("Corin Baptiste"),
        resolved(withSource(named, "Dana Pruitt's campaign manager")));
  }

  @Test
  void aPronounAfterAsForANameIsThatPerson() {
    // the last person cited is Pruitt; "As for Lyle," sets up who "he" is
    Extraction x = EXTRACTOR.extract("Dana Pruitt and Omar Lyle spoke at the forum. Pruitt said "
        + "the count was fair. As for Lyle, he said the vote was rigged.");
    assertEquals(Optional.of("Omar Lyle"), resolved(withSource(x, "he")));
    Extraction next = EXTRACTOR.extract("Dana Pruitt and Omar Lyle spoke at the forum. Pruitt "
        + "said the count was fair. And as for Lyle, he was quiet. Maybe he thinks the vote was "
        + "rigged.");
    assertEquals(Optional.of("Omar Lyle"), resolved(withSource(next, "he")));
  }

  @Test
  void aPronounAfterASentenceOpeningSurnameInTheSameSentenceIsThatPerson() {
    // names in the quotation between are not who "he" is
    Extraction x = EXTRACTOR.extract("Tom Ridley spoke last. Ridley said: “Ask them: Ana Cole, "
        + "where is the money? Ben Ortiz, why did you vote no? Lou Park, where were you? Why "
        + "not talk about roads? Why not talk about schools?” "
        + "Ridley was calm as he repeated the charge.");
    assertEquals(Optional.of("Tom Ridley"), resolved(withSource(x, "he")));
  }

  @Test
  void aSurnameWithTwoLettersSwappedIsThePersonNamedInFull() {
    Extraction x = EXTRACTOR.extract("Marisol Dietrich founded the band in 1990. The album is "
        + "nearly done, Deitrich said.");
    assertEquals(Optional.of("Marisol Dietrich"), resolved(withSource(x, "Deitrich")));
    // two full names it may be a slip for: neither
    Extraction two = EXTRACTOR.extract("Marisol Dietrich and Paul Deitrick founded the band. "
        + "The album is nearly done, Deitrich said.");
    assertEquals(Optional.empty(), resolved(withSource(two, "Deitrich")));
  }

  @Test
  void theyAfterThePluralSubjectOfItsSentenceIsThatGroup() {
    Extraction x = EXTRACTOR.extract("Officials were cautious about the figures, but they said "
        + "the toll would rise.");
    Attribution a = withSource(x, "they");
    assertEquals(Optional.of("Officials"), resolved(a));
    assertEquals(SourceKind.ANONYMOUS, a.sourceKind());
    // a person as the subject: "they" stays open
    Extraction person = EXTRACTOR.extract("James Roberts met the drivers, and they said the "
        + "strike would go on.");
    assertEquals(SourceKind.PRONOUN, withSource(person, "they").sourceKind());
  }

  @Test
  void theWriterAndPeopleInGeneralAreOther() {
    Extraction x = EXTRACTOR.extract("Last week we mocked the council's plan. We now know that "
        + "the plan has no money behind it. As they say, the devil is in the details.");
    assertEquals(SourceKind.OTHER, withSource(x, "we").sourceKind());
    assertEquals(SourceKind.OTHER, withSource(x, "they").sourceKind());
  }

  @Test
  void whoAfterANamesAppositiveIsThatPerson() {
    Extraction x = EXTRACTOR.extract("The vote was close. Dario Venn, a former harbour master "
        + "who argued against the plan, left early.");
    assertEquals(Optional.of("Dario Venn"), resolved(withSource(x, "who")));
    Extraction comma = EXTRACTOR.extract("The vote was close. Dario Venn, a former harbour "
        + "master, who argued against the plan, left early.");
    assertEquals(Optional.of("Dario Venn"), resolved(withSource(comma, "who")));
  }

  @Test
  void aSecondWhoJoinedByAndHasTheFirstOnesAntecedent() {
    Extraction x = EXTRACTOR.extract("The port's loudest critic is Marta Ilves, whom the board "
        + "appointed in 2010 and who now says the plan is reckless.");
    assertEquals(Optional.of("Marta Ilves"), resolved(withSource(x, "who")));
  }

  @Test
  void unresolvedRelativesAreNotOneSource() {
    Extraction x = EXTRACTOR.extract("The vote was held on Monday, with many guests present "
        + "who said the plan was dead. It was held again on Friday, with few guests present who "
        + "said it was fair.");
    long whos = x.sources().stream().filter(s -> s.canonical().text().equals("who")).count();
    long cited = x.attributions().stream()
        .filter(a -> a.source().map(s -> s.text().equals("who")).orElse(false)).count();
    assertEquals(2, cited);
    assertEquals(cited, whos, "one source per unresolved \"who\"");
  }

  @Test
  void aDescriptionWithAnyPersonNounIsThePersonTheSentencesAreAbout() {
    Extraction x = EXTRACTOR.extract("Amara Oyelaran said on Monday that the levy was unfair. "
        + "The retired neurosurgeon added that it would drive clinics away.");
    Attribution described = withSource(x, "The retired neurosurgeon");
    assertEquals(SourceKind.NAMED_PERSON, described.sourceKind());
    assertEquals(Optional.of("Amara Oyelaran"), resolved(described));
    // brought in without a name: no named person
    Extraction unnamed = EXTRACTOR.extract("Amara Oyelaran said on Monday that the levy was "
        + "unfair. A woman who lives near the clinic watched. The woman said the clinic was busy.");
    assertEquals(SourceKind.OTHER, withSource(unnamed, "The woman").sourceKind());
  }

  @Test
  void aSpokespersonForAPersonIsThatPersonOnTheRecord() {
    Extraction x = EXTRACTOR.extract("Senator Lena Marsh toured the plant. A spokesman for "
        + "Marsh said the visit was routine. A Marsh spokeswoman said she would return. A Delta "
        + "spokesperson said flights would resume.");
    for (String source : List.of("A spokesman for Marsh", "A Marsh spokeswoman")) {
      Attribution a = withSource(x, source);
      assertEquals(SourceKind.NAMED_PERSON, a.sourceKind(), source);
      assertEquals(Optional.of("Lena Marsh"), resolved(a), source);
    }
    assertEquals(SourceKind.NAMED_ORGANIZATION,
        withSource(x, "A Delta spokesperson").sourceKind());
  }

  @Test
  void aSpokespersonForANamedBodyIsThatBody() {
    Extraction x = EXTRACTOR.extract("A spokeswoman for the Harbour Residents' Alliance said "
        + "the fee was unfair. The Harbour Residents' Alliance said it would appeal. The borough "
        + "council confirmed the fee. The council said the fee would rise.");
    Attribution spokeswoman = withSource(x, "A spokeswoman for the Harbour Residents' Alliance");
    assertEquals(SourceKind.NAMED_ORGANIZATION, spokeswoman.sourceKind());
    assertEquals("Harbour Residents' Alliance", x.sources().get(0).canonical().text());
    assertEquals(List.of(0, 1), x.sources().get(0).attributions());
    // a council is no alliance: the body cited before is not what "the council" stands for
    assertEquals(Optional.empty(), resolved(withSource(x, "The council")));
    // nor is a company the regulator that fined it
    Extraction fined = EXTRACTOR.extract("The Harbour Data Protection Commission said the app "
        + "had broken the law. The regulator said it had acted after a two-year inquiry. The "
        + "company said it would appeal.");
    assertEquals(Optional.empty(), resolved(withSource(fined, "The company")));
    assertEquals(Optional.of("The Harbour Data Protection Commission"),
        resolved(withSource(fined, "The regulator")));
    // a description of a person after "the" is no body's name
    Extraction person = EXTRACTOR.extract("Senator Lena Marsh, a Wisconsin Republican, toured "
        + "the plant. A spokesman for the Wisconsin Republican said the visit was routine.");
    assertNotEquals("Wisconsin Republican", person.sources().get(0).canonical().text());
  }

  @Test
  void aBodyGoesByTheNameAfterKnownAsOrCalled() {
    Extraction x = EXTRACTOR.extract("A group known as RedKite claimed the attack on its "
        + "website. A militia called the Northern Front said it had lost two men. The Northern "
        + "Front said later that it would fight on. A man known as Abu Salim said he had fled.");
    Attribution group = withSource(x, "A group known as RedKite");
    assertEquals(SourceKind.NAMED_ORGANIZATION, group.sourceKind());
    List<String> shown = x.sources().stream().map(s -> s.canonical().text()).toList();
    assertEquals(List.of("RedKite", "Northern Front", "Abu Salim"), shown.subList(0, 3));
    assertEquals(List.of(1, 2), x.sources().get(1).attributions());
    assertEquals(SourceKind.NAMED_PERSON, x.sources().get(2).kind());
  }

  @Test
  void aBodysSpokespersonBeforeTheNameIsThatBody() {
    Extraction x = EXTRACTOR.extract("An FBI spokeswoman said the bureau does not comment on "
        + "inquiries. The FBI declined to say more. A White House spokesman said the president "
        + "was briefed. The White House said later that he was resting.");
    List<String> shown = x.sources().stream().map(s -> s.canonical().text()).toList();
    assertTrue(shown.contains("FBI"), shown::toString);
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "An FBI spokeswoman").sourceKind());
    Source whiteHouse = x.sources().stream()
        .filter(s -> s.canonical().text().equals("White House")).findFirst().orElseThrow();
    assertEquals(2, whiteHouse.attributions().size());
  }

  @Test
  void aPronounAfterAPersonANameOwnsIsThatUnnamedPerson() {
    Extraction x = EXTRACTOR.extract("Prosecutor Alicia Grant told jurors the video was clear. "
        + "\"He fired twice,\" Grant said.\n\nThe victim, Samir Haddad, was 22. Haddad's mother "
        + "wept as the verdict was read. Outside the courthouse, she said her son had been saving "
        + "for college. \"Today we got justice,\" she said.");
    for (Attribution a : x.attributions()) {
      if (a.source().get().text().equals("she")) {
        // not Grant or Haddad: the mother, unnamed
        assertEquals(Optional.of("Haddad's mother"), resolved(a), "she");
        assertEquals(SourceKind.ANONYMOUS, a.sourceKind());
      }
    }
    Quote last = x.quotes().get(x.quotes().size() - 1);
    assertEquals(Optional.of("Haddad's mother"), last.resolvedSpeaker().map(TextSpan::text));
  }

  @Test
  void aBodysOwnNameIsNeverAnotherBodyWithTheSameHead() {
    Extraction x = EXTRACTOR.extract("The State Department said it would review the report. "
        + "The Treasury Department did not respond to a request for comment. The United Nations "
        + "Security Council said it was alarmed. The Security Council said later it would meet.");
    assertEquals(Optional.empty(), resolved(withSource(x, "The Treasury Department")));
    assertEquals(Optional.of("The United Nations Security Council"),
        resolved(withSource(x, "The Security Council")));
  }

  @Test
  void aBodysRelativeClauseIsNoPartOfItsName() {
    Extraction x = EXTRACTOR.extract("Egypt's foreign ministry, which helped broker the talks, "
        + "said it would host a meeting next month.");
    assertEquals("Egypt's foreign ministry", x.sources().get(0).canonical().text());
  }

  @Test
  void aRolesNameEndsAtItsLine() {
    Extraction x = EXTRACTOR.extract("Former Gov. Ellen Park announced Monday that she would "
        + "run for the Senate, setting up a primary fight with two-term Rep. Marcus Webb.\n\n"
        + "The 62-year-old Democrat said she was running because Washington is broken.\n\n"
        + "Webb's campaign was quick to respond. The congressman himself told reporters he "
        + "welcomed the competition.");
    assertEquals(Optional.of("Marcus Webb"), resolved(withSource(x, "The congressman")));
    // nor does a body's name run over a line: "Washington.\n\nMinistry" is no ministry
    Extraction body = EXTRACTOR.extract("Talks were held in Washington.\n\nMinistry officials "
        + "declined to comment. Later the ministry said it would respond.");
    assertEquals(Optional.empty(), resolved(withSource(body, "the ministry")));
  }

  @Test
  void aFirmNamedAfterItsDescriptionIsThatFirm() {
    Extraction x = EXTRACTOR.extract("Harbour Airlines grounded its jets on Tuesday. No one was "
        + "hurt, the airline said. The engine's maker, Calder & Finch, said it was working with "
        + "regulators. The company declined to say more.");
    assertEquals(Optional.of("Harbour Airlines"), resolved(withSource(x, "the airline")));
    Attribution maker = withSource(x, "The engine's maker, Calder & Finch");
    assertEquals(SourceKind.NAMED_ORGANIZATION, maker.sourceKind());
    assertEquals(Optional.of("Calder & Finch"), resolved(withSource(x, "The company")));
  }

  @Test
  void aFirmByItsTradeIsNoPerson() {
    Extraction x = EXTRACTOR.extract("Harwick Stores Inc. said on Wednesday it would close 150 "
        + "stores. The Ohio-based chain said the closures would save $200 million. It did not say "
        + "which stores would close. Chief executive Nora Blake said the company would invest "
        + "in delivery. The retailer has struggled since 2020, reporting losses in four quarters.");
    assertEquals(Optional.of("Harwick Stores Inc."),
        resolved(withSource(x, "The Ohio-based chain")));
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "It").sourceKind());
    Attribution retailer = withSource(x, "The retailer");
    assertEquals(SourceKind.NAMED_ORGANIZATION, retailer.sourceKind());
    assertNotEquals(Optional.of("Nora Blake"), resolved(retailer));
  }

  @Test
  void aPlaceAfterInIsNoSourcesName() {
    Extraction x = EXTRACTOR.extract("A hospital network in Ohio said Tuesday that hackers had "
        + "stolen patient records.");
    assertEquals("A hospital network in Ohio", x.sources().get(0).canonical().text());
  }

  @Test
  void aCampaignWrittenThreeWaysIsOneSource() {
    Extraction x = EXTRACTOR.extract("Senator Lena Marsh spoke in Dayton on Monday. The Marsh "
        + "campaign said the rally drew 5,000 people. Her campaign said later that the count was "
        + "higher. Marsh's campaign has argued that turnout will rise. The campaign said it would "
        + "appeal. Tom Reyes's campaign said the numbers were wrong.");
    List<String> shown = x.sources().stream().map(s -> s.canonical().text()).toList();
    assertEquals(List.of("The Marsh campaign", "Tom Reyes's campaign"), shown);
    assertEquals(List.of(0, 1, 2, 3), x.sources().get(0).attributions());
    assertEquals(Optional.of("The Marsh campaign"), resolved(withSource(x, "Her campaign")));
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "The campaign").sourceKind());
  }

  @Test
  void theSpeakerAfterAnOpeningQuotationIsTheSentencesSubject() {
    Extraction x = EXTRACTOR.extract("Rafael Osei met the board on Monday. Lena Marsh spoke "
        + "first.\n\n“The plan is dead,” Osei said flatly.\n\nThe meeting ended an hour later, "
        + "and the property tycoon told reporters he would appeal.");
    assertEquals(Optional.of("Rafael Osei"), resolved(withSource(x, "the property tycoon")));
  }

  @Test
  void theyAfterAPluralTheTextPointsBackToIsThatPlural() {
    Extraction x = EXTRACTOR.extract("Four tenant associations wrote to the mayor on Monday. "
        + "The rent rise is unlawful, the associations say. They argue that the council ignored "
        + "its own rules.");
    assertEquals(Optional.of("the associations"), resolved(withSource(x, "They")));
  }

  @Test
  void twoDescriptionsOfPeopleAreNamedPeopleUnresolved() {
    Extraction x = EXTRACTOR.extract("Senator Rhea Holt met the developer Tom Vance on "
        + "Tuesday. The Ohio Democrat and the Denver businessman discussed the stadium deal.");
    Attribution a = withSource(x, "The Ohio Democrat and the Denver businessman");
    assertEquals(SourceKind.NAMED_PERSON, a.sourceKind());
    assertEquals(Optional.empty(), resolved(a));
  }

  @Test
  void aNewParagraphsOneWordSubjectMakesHeUnsure() {
    Extraction x = EXTRACTOR.extract("Tom Reyes said the vote would be close.\n\n"
        + "Okafor dodged the question and made no prediction. “I will wait for the count,” he "
        + "said.");
    Attribution he = withSource(x, "he");
    assertEquals(Optional.empty(), resolved(he), "not Tom Reyes");
    assertEquals(SourceKind.NAMED_PERSON, he.sourceKind());
  }

  @Test
  void theOfficerIsTheUnnamedOfficerCitedJustBefore() {
    Extraction x = EXTRACTOR.extract("A senior army officer, who asked not to be identified, "
        + "said troops had been sent to the town. The officer said the gunmen fled.");
    Attribution a = withSource(x, "The officer");
    assertEquals(SourceKind.ANONYMOUS, a.sourceKind());
    assertEquals(1, x.sources().size());
  }

  @Test
  void aRoleWithTheHoldersNameAfterItsCommaIsThatPerson() {
    Extraction x = EXTRACTOR.extract("Police chief Dario Venn said six officers died. The state "
        + "governor, Amina Tambal, condemned the killings. Tambal said the families would be "
        + "paid.");
    assertEquals(2, x.sources().size(), x.sources().toString());
    assertEquals("Amina Tambal", x.sources().get(1).canonical().text());
  }

  @Test
  void theReportIsTheReportCitedJustBefore() {
    Extraction x = EXTRACTOR.extract("According to a report released last week by the state "
        + "auditor, the city overspent its budget. The report found that overtime rose.");
    assertEquals(1, x.sources().size(), x.sources().toString());
    assertEquals(2, x.sources().get(0).attributions().size());
    // another document cited in between: not sure which one
    Extraction two = EXTRACTOR.extract("According to a report released last week by the state "
        + "auditor, the city overspent its budget. A survey of city staff showed that workers "
        + "were tired. The report found that overtime rose.");
    assertEquals(3, two.sources().size(), two.sources().toString());
  }

  @Test
  void aBodysOfficerNamedAfterTheCommaIsAPerson() {
    Extraction x = EXTRACTOR.extract("The union's president, Tom Keller, called the plan "
        + "reckless.");
    Attribution a = withSource(x, "The union's president, Tom Keller");
    assertEquals(SourceKind.NAMED_PERSON, a.sourceKind());
  }

  @Test
  void heAfterOneUnnamedOfficialIsThatOfficial() {
    Extraction x = EXTRACTOR.extract("Dario Venn said the blast hit the gate. A hospital "
        + "official, who spoke on condition of anonymity, said 23 people were hurt. Some were in "
        + "critical condition, he said.");
    Attribution a = withSource(x, "he");
    assertEquals(SourceKind.ANONYMOUS, a.sourceKind());
    assertTrue(resolved(a).orElse("").startsWith("A hospital official"), resolved(a).toString());
    // a name between: not sure who "he" is
    Extraction named = EXTRACTOR.extract("A hospital official said 23 people were hurt and that "
        + "Venn had arrived. Some were in critical condition, he said.");
    assertTrue(withSource(named, "he").sourceKind() != SourceKind.ANONYMOUS);
  }

  @Test
  void theAgencyIsTheBodyCitedJustBefore() {
    Extraction x = EXTRACTOR.extract("The Consumer Financial Protection Bureau fined the bank on "
        + "Thursday, saying it had charged illegal fees. In a consent order, the agency said the "
        + "fees were hidden.");
    Attribution a = withSource(x, "the agency");
    assertEquals(Optional.of("The Consumer Financial Protection Bureau"), resolved(a));
    // a named body with that head is no generic head: "The State Department" stays itself
    Extraction named = EXTRACTOR.extract("The Consumer Financial Protection Bureau fined the "
        + "bank. The State Department said the fees were hidden.");
    assertEquals(Optional.empty(), resolved(withSource(named, "The State Department")));
  }

  @Test
  void aRoleWithAPersonNamedAfterItsCommaIsThatPerson() {
    Extraction x = EXTRACTOR.extract("A lawyer for a group of borrowers, Dana Ruiz, said her "
        + "clients would sue.");
    Attribution a = withSource(x, "A lawyer for a group of borrowers, Dana Ruiz");
    assertEquals(SourceKind.NAMED_PERSON, a.sourceKind());
    assertEquals("Dana Ruiz", x.sources().get(0).canonical().text());
  }

  @Test
  void aFirmsFirstWordAloneIsTheFirm() {
    Extraction x = EXTRACTOR.extract("Regulators fined Hartwell Bank $40 million on Thursday. "
        + "Hartwell said it had refunded its customers.");
    Attribution a = withSource(x, "Hartwell");
    assertEquals(SourceKind.NAMED_ORGANIZATION, a.sourceKind());
    assertEquals(Optional.of("Hartwell Bank"), resolved(a));
    // a body named after a person does not make the person a body
    Extraction person = EXTRACTOR.extract("The Venn Campaign raised $2 million. Venn said the "
        + "money would pay for ads.");
    assertEquals(SourceKind.NAMED_PERSON, withSource(person, "Venn").sourceKind());
  }

  @Test
  void aQuotesResolvedSpeakerIsItsStatementsResolvedSource() {
    Extraction x = EXTRACTOR.extract("Asked whether the White House would withdraw the "
        + "nomination, press secretary Anna Moreno said no. The U.S. Chamber of Commerce praised "
        + "the nominee in a letter. “We're not going anywhere,” she said.");
    Quote q = x.quotes().stream().filter(k -> k.speaker().map(TextSpan::text).orElse("")
        .equals("she")).findFirst().orElseThrow(() -> new AssertionError(x.quotes()));
    assertEquals(Optional.of("Anna Moreno"), q.resolvedSpeaker().map(TextSpan::text));
    assertEquals(q.resolvedSpeaker(), withSource(x, "she").resolvedSource());
  }

  @Test
  void aQuestionOpeningASentenceStartsNoName() {
    Extraction x = EXTRACTOR.extract("Is Venn right about the port? Dario Venn spoke on Monday. "
        + "Venn said the port would reopen.");
    assertEquals(Optional.of("Dario Venn"), resolved(withSource(x, "Venn")));
  }

  @Test
  void aCountryOrCapitalSpeaksForItsGovernment() {
    Extraction x = EXTRACTOR.extract("On Monday, Russia demanded guarantees. Moscow said "
        + "it would wait. A week later, Germany urged both sides to return.");
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "Russia").sourceKind());
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "Moscow").sourceKind());
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "Germany").sourceKind());
  }

  @Test
  void aLeadsDescriptionIsNotANewPersonDescribedOtherwise() {
    Extraction x = EXTRACTOR.extract("A senior campaign adviser says the governor will win the "
        + "primary.\n\nMaria Lopez, a voter in Dayton, said she disagrees.");
    Attribution a = withSource(x, "A senior campaign adviser");
    assertEquals(Optional.empty(), resolved(a));
    Extraction same = EXTRACTOR.extract("A senior campaign adviser says the governor will win."
        + "\n\nDario Venn, a senior adviser to the governor, spoke to reporters in Dayton.");
    assertEquals(Optional.of("Dario Venn"),
        resolved(withSource(same, "A senior campaign adviser")));
  }

  @Test
  void aLeadsDescriptionStaysUnnamedWhenTheNextPersonIsKnownOrAnonymityIsSaid() {
    Extraction known = EXTRACTOR.extract("Dario Venn runs the campaign.\n\nA senior campaign "
        + "adviser says the governor will win.\n\nDario Venn spoke to reporters in Dayton.");
    assertEquals(Optional.empty(), resolved(withSource(known, "A senior campaign adviser")));
    Extraction unnamed = EXTRACTOR.extract("A senior campaign adviser, who spoke on condition of "
        + "anonymity, says the governor will win.\n\nDario Venn spoke to reporters in Dayton.");
    Attribution a = withSource(unnamed, "A senior campaign adviser, who spoke on condition of "
        + "anonymity");
    assertEquals(Optional.empty(), resolved(a));
    assertEquals(SourceKind.ANONYMOUS, a.sourceKind());
  }

  @Test
  void theyIsTheGroupCitedJustBefore() {
    Extraction x = EXTRACTOR.extract("Two officials said the ferry talks had failed. They added "
        + "that a new round was planned for May.");
    Attribution they = withSource(x, "They");
    assertEquals(Optional.of("Two officials"), resolved(they));
    assertEquals(SourceKind.ANONYMOUS, they.sourceKind());
    assertEquals(1, x.sources().size());
  }

  @Test
  void theyAfterOnePersonOrOneBodyStaysAPronoun() {
    Extraction person = EXTRACTOR.extract("Paul Reyes said the talks failed. They said a new "
        + "round was planned.");
    assertEquals(SourceKind.PRONOUN, withSource(person, "They").sourceKind());
    Extraction body = EXTRACTOR.extract("The ministry said the talks failed. They said a new "
        + "round was planned.");
    assertEquals(SourceKind.PRONOUN, withSource(body, "They").sourceKind());
  }

  @Test
  void aRoleAfterNamedPeopleIsAPersonEvenUnresolved() {
    Extraction x = EXTRACTOR.extract("Guards led reporter Ines Varga out of the hall. The anchor "
        + "for Channel 9, a local station, said she would return.");
    Attribution a = withSource(x, "The anchor for Channel 9, a local station");
    assertEquals(SourceKind.NAMED_PERSON, a.sourceKind());
    Extraction nobody = EXTRACTOR.extract("The anchor said she would return.");
    assertEquals(SourceKind.OTHER, withSource(nobody, "The anchor").sourceKind());
  }

  @Test
  void twoPeopleJoinedByAndAreNeitherOfThem() {
    Extraction x = EXTRACTOR.extract("Maria Ortiz and Paul Reyes said the bridge would reopen. "
        + "Ortiz said repairs would cost $2 million.");
    Attribution both = withSource(x, "Maria Ortiz and Paul Reyes");
    assertEquals(Optional.empty(), resolved(both));
    assertEquals(SourceKind.NAMED_PERSON, both.sourceKind());
    assertEquals(2, x.sources().size()); // the pair, and Maria Ortiz alone
  }

  @Test
  void theOfficialWithItsReasonForAnonymityIsTheOfficialCitedBefore() {
    Extraction x = EXTRACTOR.extract("A senior port official said the ship had been seized. The "
        + "official, who spoke on condition of anonymity, said the crew was safe.");
    Attribution later = withSource(x, "The official, who spoke on condition of anonymity");
    assertEquals(Optional.of("A senior port official"), resolved(later));
    assertEquals(1, x.sources().size());
  }

  @Test
  void aFirmIsKnownByItsLastWordOrAnAmpersand() {
    Extraction x = EXTRACTOR.extract("Harbor Energy said the outage would end Friday. "
        + "Tri-County Power & Light said crews were on their way.");
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "Harbor Energy").sourceKind());
    assertEquals(SourceKind.NAMED_ORGANIZATION,
        withSource(x, "Tri-County Power & Light").sourceKind());
  }

  @Test
  void aTitleAndSurnameAreThePersonOfThatSexWithThatSurname() {
    Extraction x = EXTRACTOR.extract("Maria Ortiz said the bridge would reopen. Paul Ortiz, her "
        + "brother, runs the ferry. Mrs. Ortiz added that repairs would cost $2 million. "
        + "Mr. Ortiz said the ferry would keep running.");
    assertEquals(Optional.of("Maria Ortiz"), resolved(withSource(x, "Mrs. Ortiz")));
    assertEquals(Optional.of("Paul Ortiz"), resolved(withSource(x, "Mr. Ortiz")));
  }

  @Test
  void aTitleAndSurnameWithNoFullNameGroupWithTheSurname() {
    Extraction x = EXTRACTOR.extract("Gov. Kasich said the state would win. Kasich added that "
        + "the race was close.");
    assertEquals(1, x.sources().size());
    assertEquals("Kasich", x.sources().get(0).canonical().text());
  }

  @Test
  void aPronounIsNeverAPersonOfTheOtherSex() {
    Extraction x = EXTRACTOR.extract("Paul Reyes said the bridge would reopen in May. "
        + "She said repairs would cost $2 million.");
    assertEquals(Optional.empty(), resolved(withSource(x, "She")));
  }

  @Test
  void aPronounWithNobodyNamedStaysAPronoun() {
    Extraction x = EXTRACTOR.extract("He said the plan would fail.");
    Attribution he = withSource(x, "He");
    assertEquals(SourceKind.PRONOUN, he.sourceKind());
    assertEquals(Optional.empty(), resolved(he));
  }

  @Test
  void aSurnameIsTheFullestNameEvenWhenItComesLater() {
    Extraction x = EXTRACTOR.extract("Ortiz said the bridge would reopen. The mayor, Maria "
        + "Ortiz, has led the city since 2019. Ortiz added that the cost was too high.");
    assertEquals(Optional.of("Maria Ortiz"), resolved(withSource(x, "Ortiz")));
    assertEquals(1, x.sources().size());
    assertEquals("Maria Ortiz", x.sources().get(0).canonical().text());
  }

  @Test
  void theTitleBeforeANameIsNotPartOfTheCanonicalName() {
    Extraction x = EXTRACTOR.extract("Florida Gov. Maria Ortiz visited the port on Monday. "
        + "Ortiz said the harbour would reopen.");
    assertEquals(Optional.of("Maria Ortiz"), resolved(withSource(x, "Ortiz")));
  }

  @Test
  void theMinistryIsTheMinistryLastNamed() {
    Extraction x = EXTRACTOR.extract("The Interior Ministry said 40 people were detained. "
        + "The ministry said the curfew would be lifted on Friday.");
    Attribution a = withSource(x, "The ministry");
    assertEquals(SourceKind.NAMED_ORGANIZATION, a.sourceKind());
    assertEquals(1, x.sources().size());
  }

  @Test
  void aNameTheTextCallsItIsAnOrganisation() {
    Extraction x = EXTRACTOR.extract("The Northern Front said it carried out the attack.");
    assertEquals(SourceKind.NAMED_ORGANIZATION,
        withSource(x, "The Northern Front").sourceKind());
  }

  @Test
  void aQuoteAndTheAttributionOfItsSpeakerAreOneSource() {
    Extraction x = EXTRACTOR.extract(
        "“We will rebuild the harbour,” Mayor Maria Ortiz said on Tuesday.");
    assertEquals(1, x.quotes().size());
    Source s = x.sources().get(0);
    assertEquals(List.of(0), s.quotes());
    assertTrue(!s.attributions().isEmpty());
    assertEquals(SourceKind.NAMED_PERSON, s.kind());
  }

  @Test
  void aQuoteStandingInItsOwnParagraphIsAStatementOfItsSpeaker() {
    String text = "“We will rebuild the harbour,” Mayor Maria Ortiz said on Tuesday.\n\n"
        + "“It will take two years and every boat we have.”";
    Extraction x = EXTRACTOR.extract(text);
    assertEquals(2, x.quotes().size());
    Attribution second = x.attributions().stream()
        .filter(a -> a.pattern().equals(QuoteStatements.QUOTE_CONTINUED)).findFirst()
        .orElseThrow(() -> new AssertionError(x.attributions().toString()));
    assertEquals(Optional.empty(), second.cue());
    assertTrue(second.content().orElseThrow().text().startsWith("“It will take"));
    assertEquals(1, x.sources().size());
    assertEquals(2, x.sources().get(0).quotes().size());
  }

  @Test
  void aQuoteAlreadyInAnAttributionIsNotCountedTwice() {
    Extraction x = EXTRACTOR.extract("Mayor Maria Ortiz said: “We will rebuild the harbour.”");
    assertEquals(1, x.attributions().size());
  }

  @Test
  void aCueWithoutASourceTakesTheSpeakerTheQuoteLayerFoundThroughIt() {
    Extraction x = EXTRACTOR.extract("The agency quoted one official with knowledge of the "
        + "talks as saying “the deal is close” on Friday.");
    assertTrue(x.attributions().stream().anyMatch(a -> a.source().map(TextSpan::text)
        .orElse("").equals("one official with knowledge of the talks")), x.toString());
  }

  @Test
  void aQuoteOpeningWithItsOwnCueIsTheStatementOfThePhraseBeforeIt() {
    Extraction x = EXTRACTOR.extract("The agency reported that a second official “said the "
        + "convoy had crossed the border at dawn.”");
    assertEquals("a second official", x.quotes().get(0).speaker().orElseThrow().text());
    assertTrue(x.sources().stream().anyMatch(s -> s.canonical().text().equals("a second official")
        && s.attributions().size() == 1 && s.quotes().size() == 1), x.sources().toString());
    // its content is what the official said, after the quote's own cue
    Attribution a = withSource(x, "a second official");
    assertEquals("said", a.cue().orElseThrow().text());
    assertEquals("the convoy had crossed the border at dawn.", a.content().orElseThrow().text());
  }

  @Test
  void theSenatorIsThePersonLastWrittenWithThatTitle() {
    Extraction x = EXTRACTOR.extract("Florida Sen. Maria Ortiz toured the port on Monday with "
        + "Paul Reyes. The senator said the harbour would reopen in May.");
    Attribution a = withSource(x, "The senator");
    assertEquals(Optional.of("Maria Ortiz"), resolved(a));
    assertEquals(SourceKind.NAMED_PERSON, a.sourceKind());
  }

  @Test
  void aDescriptionInCapitalsIsNoNameToResolveAPronounTo() {
    Extraction x = EXTRACTOR.extract("The Wisconsin Republican said the bill was dead. "
        + "He said the vote would fail.");
    assertEquals(Optional.empty(), resolved(withSource(x, "He")));
  }

  @Test
  void aRelativeWhoIsTheNameBeforeIt() {
    Extraction x = EXTRACTOR.extract("The report was written by Ana Diaz, who said the data was "
        + "clear.");
    Attribution who = withSource(x, "who");
    assertEquals(Optional.of("Ana Diaz"), resolved(who));
    assertEquals(SourceKind.NAMED_PERSON, who.sourceKind());
  }

  @Test
  void aShareOfVotersIsAGroup() {
    Extraction x = EXTRACTOR.extract("About 4 in 10 Republican voters in each state said the "
        + "economy mattered most.");
    assertEquals(SourceKind.UNNAMED_GROUP, x.attributions().get(0).sourceKind());
  }

  @Test
  void aRelativeWhoAfterACommonNounIsThatNounsGroup() {
    Extraction x = EXTRACTOR.extract("The ruling drew praise from dairy farmers who say the "
        + "rules cost them millions.");
    Attribution who = withSource(x, "who");
    assertEquals(SourceKind.UNNAMED_GROUP, who.sourceKind());
    assertEquals(Optional.of("dairy farmers"), resolved(who));
  }

  @Test
  void aRelativeThatAfterADocumentIsTheDocument() {
    Extraction x = EXTRACTOR.extract("The council published a new audit that says the "
        + "pension fund is short of money.");
    Attribution that = withSource(x, "that");
    assertEquals(SourceKind.DOCUMENT, that.sourceKind());
    assertEquals(Optional.of("a new audit"), resolved(that));
  }

  @Test
  void aRelativeAfterAnUnresolvedDescriptionStaysOpen() {
    Extraction x = EXTRACTOR.extract("Lena Park and Omar Haddad met on Monday. The veteran "
        + "reporter, who says the story is not over, declined to name a source.");
    Attribution who = withSource(x, "who");
    assertEquals(Optional.empty(), resolved(who));
  }

  @Test
  void aDefiniteGroupNamedNowhereIsStillOneOrganisation() {
    Extraction x = EXTRACTOR.extract("The prisoners should be released at once, the rights "
        + "group said in a statement.");
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "the rights group").sourceKind());
  }

  @Test
  void heAfterASentenceOpenedByASurnameIsThatPerson() {
    // cited once, then out of the pronoun's reach of cited persons: only the subject of the
    // sentence before says who "He" is
    Extraction x = EXTRACTOR.extract("Governor Tomas Brandt said on Monday that taxes would "
        + "fall. The budget runs to 400 pages. It goes to a vote in May. Two committees will "
        + "hold hearings. Brandt is touring the state this week to promote it. He says schools "
        + "will get more money.");
    assertEquals(Optional.of("Tomas Brandt"), resolved(withSource(x, "He")));
  }

  @Test
  void aSurnameAlonePromotesNobodyWhenTheTextNeverWritesItInFull() {
    Extraction x = EXTRACTOR.extract("Paul Reyes said on Monday that taxes would fall. The "
        + "budget runs to 400 pages. It goes to a vote in May. Two committees will hold "
        + "hearings. Brandt is touring the state this week. He says schools will get more money.");
    assertEquals(Optional.empty(), resolved(withSource(x, "He")));
  }

  @Test
  void aNameAfterADescriptionIsResolvedToItsFullestForm() {
    Extraction x = EXTRACTOR.extract("Nora Vance won the award in 2019. Last week, "
        + "Oscar-winner Vance told reporters that she would direct a new film.");
    assertEquals(Optional.of("Nora Vance"),
        resolved(withSource(x, "Oscar-winner Vance")));
  }

  @Test
  void pluralRolesInATextThatNamesPeopleArePersons() {
    Extraction x = EXTRACTOR.extract("Lena Park said the debate would start late. The debate "
        + "moderators said the candidates broke the rules.");
    assertEquals(SourceKind.NAMED_PERSON,
        withSource(x, "The debate moderators").sourceKind());
  }

  @Test
  void aSpokespersonOfSomeoneIsNotOneOfThePeopleCited() {
    Extraction x = EXTRACTOR.extract("Lena Park said the summit was off. The summit will go "
        + "ahead, the chancellor's spokeswoman said.");
    assertEquals(SourceKind.NAMED_ORGANIZATION,
        withSource(x, "the chancellor's spokeswoman").sourceKind());
  }

  @Test
  void theSourceIsTheUnnamedSourceJustCitedWithTheSameNoun() {
    Extraction x = EXTRACTOR.extract("Two officials told the paper the convoy was hit at dawn. "
        + "A second source said the drivers had been warned. The source said the warning came "
        + "too late.");
    Attribution the = withSource(x, "The source");
    assertEquals(Optional.of("A second source"), resolved(the));
    assertEquals(SourceKind.ANONYMOUS, the.sourceKind());
    long anonymous = x.sources().stream().filter(s -> s.kind() == SourceKind.ANONYMOUS).count();
    assertEquals(2, anonymous, "two officials, and one source cited twice");
  }

  @Test
  void theSourcesAreNotASingleSourceCitedBefore() {
    Extraction x = EXTRACTOR.extract("A senior source said the convoy was hit at dawn. "
        + "The sources said the drivers had been warned.");
    assertEquals(Optional.empty(), resolved(withSource(x, "The sources")));
  }
  @Test
  void aPronounTakesTheSubjectWhoseFirstNameSaysSheWhenNobodyWasCitedYet() {
    Extraction x = EXTRACTOR.extract("Singer Laura Quint, whose tour starts in May, is not sure "
        + "the venue will be ready. The builders blame the rain. Asked about the delay in a radio "
        + "interview, she said the crew was working nights.");
    assertEquals(Optional.of("Laura Quint"), resolved(withSource(x, "she")));
  }

  @Test
  void aPronounIsNotGivenToASubjectWhoseFirstNameSaysOtherwise() {
    Extraction x = EXTRACTOR.extract("Singer Mark Quint, whose tour starts in May, is not sure "
        + "the venue will be ready. The builders blame the rain. Asked about the delay in a radio "
        + "interview, she said the crew was working nights.");
    assertEquals(Optional.empty(), resolved(withSource(x, "she")));
  }

  @Test
  void aTitleBeforeTheNameInALongCapitalisedRunDoesNotCutTheName() {
    // six capitalised words: the name is read from the title, not cut after five words
    Extraction x = EXTRACTOR.extract("Former North Dakota Gov. Elmer Haskell is backing the "
        + "mayor.\n\nHaskell ended his own campaign last year. He announced his support on "
        + "Friday.");
    assertEquals(Optional.of("Elmer Haskell"), resolved(withSource(x, "He")));
    assertEquals(Optional.of("Elmer Haskell"), x.sources().stream()
        .filter(s -> s.attributions().contains(x.attributions().indexOf(withSource(x, "He"))))
        .findFirst().map(s -> s.canonical().text()));
  }
  @Test
  void aDescriptionOfOnePersonIsTheCitedPersonTheTextFollows() {
    Extraction x = EXTRACTOR.extract("Ana Ruiz said the vote would pass. Ruiz toured a factory "
        + "in Tampa on Monday. The Florida senator told workers that wages would rise.");
    assertEquals(Optional.of("Ana Ruiz"), resolved(withSource(x, "The Florida senator")));
    assertEquals(SourceKind.NAMED_PERSON, withSource(x, "The Florida senator").sourceKind());
  }

  @Test
  void aDescriptionStaysOpenWhenItsSubjectWasNeverCited() {
    Extraction x = EXTRACTOR.extract("Ana Ruiz toured a factory in Tampa on Monday. The Florida "
        + "senator told workers that wages would rise.");
    assertEquals(Optional.empty(), resolved(withSource(x, "The Florida senator")));
  }
  @Test
  void aSurnameResolvesPastAnOfficeWrittenBeforeTheName() {
    // "Senate" makes the run an institution's; the name is the part after the office
    Extraction x = EXTRACTOR.extract("Senate Majority Leader Rhoda Kettering says she spoke "
        + "to the governor. Kettering told reporters that the call was short.");
    assertEquals(Optional.of("Rhoda Kettering"), resolved(withSource(x, "Kettering")));
  }
  @Test
  void theNameBeforeALongAppositiveIsTheSourceNotAPlaceInsideIt() {
    Extraction x = EXTRACTOR.extract("Mayor Dana Whitlock opened the bridge. “It will carry "
        + "traffic by June,” Whitlock, the two-term mayor and current front-runner in North "
        + "Carolina by a wide margin after winning the South Bend primaries, said when a "
        + "reporter asked about delays.");
    Attribution a = withSource(x, "Whitlock, the two-term mayor and current front-runner in "
        + "North Carolina by a wide margin after winning the South Bend primaries");
    assertEquals(Optional.of("Dana Whitlock"), resolved(a));
  }
  @Test
  void howFarBackAPersonWasCitedCountsFromThePhraseNotTheFullestName() {
    // "Luis Ortega" is written in full four paragraphs before "Ortega, 58, told": the pronoun
    // after that quote is still his, not the governor's cited in between
    Extraction x = EXTRACTOR.extract("Reporter Luis Ortega was thrown out of a news conference "
        + "by Governor Paul Hanley in May.\n\nThe scene played out on live television.\n\n"
        + "“Go back to your station,” Hanley barked.\n\nA guard escorted the reporter out.\n\n"
        + "“We were wrong not to confront him,” Ortega, 58, told AFP on Monday.\n\n"
        + "“Many media simply did not react,” he said.");
    assertEquals(Optional.of("Luis Ortega"), resolved(withSource(x, "he")));
  }

  @Test
  void aPronounAfterAnotherPersonBecameTheSubjectIsNotTheOneCitedBefore() {
    Extraction x = EXTRACTOR.extract("“It will be close,” Senator Dale Cruse said of the "
        + "final. Mayor Jordan Wells, a lifelong fan, gave a one-word answer. “Denver,” he answered.");
    assertTrue(resolved(withSource(x, "he")).map(r -> !r.contains("Cruse")).orElse(true),
        "resolved to " + resolved(withSource(x, "he")));
  }
  @Test
  void sheSkipsANearerSubjectWhoseFirstNameCannotBeHers() {
    Extraction x = EXTRACTOR.extract("Actress Laura Ford, star of a hit comedy, is not sure the "
        + "show will return.\n\nThe prominent actress campaigns for Senator Paul Reyes, who "
        + "faces a hard race.\n\nAsked about a new season, she replied that she did not know.");
    assertEquals(Optional.of("Laura Ford"), resolved(withSource(x, "she")));
  }

  @Test
  void aHeadlinesBareTitleIsThePersonTheStoryFirstNamesWithIt() {
    Extraction x = EXTRACTOR.extract("Governor says she will veto the tax bill\n\n"
        + "SALEM — Gov. Ruth Abara said Monday that she would veto the bill. Gov. Abara's office "
        + "said the vote was close.");
    assertEquals(Optional.of("Ruth Abara"), resolved(withSource(x, "Governor")));
    // no one named with the title: no answer
    Extraction none = EXTRACTOR.extract("Governor says she will veto the tax bill\n\n"
        + "SALEM — The state's leader said Monday that she would veto the bill.");
    assertEquals(Optional.empty(), resolved(withSource(none, "Governor")));
    // a title opening a long first paragraph is no headline's
    Extraction body = EXTRACTOR.extract("Governor says she will veto the tax bill that the "
        + "legislature passed on Monday after a long debate over school funding and roads, "
        + "aides said.\n\nGov. Ruth Abara spoke later.");
    assertEquals(Optional.empty(), resolved(withSource(body, "Governor")));
  }

  @Test
  void theSpokesmanIsTheSpokesmanCitedBeforeNotThePersonHeSpeaksFor() {
    Extraction x = EXTRACTOR.extract("Prime Minister Ian Dorsey will meet the new leader, the "
        + "prime minister's spokesman said on Monday. \"He looks forward to it,\" the spokesman "
        + "said.");
    Attribution later = x.attributions().stream()
        .filter(a -> a.source().map(TextSpan::text).orElse("").equals("the spokesman"))
        .findFirst().orElseThrow();
    assertEquals(Optional.of("the prime minister's spokesman"), resolved(later));
    assertEquals(SourceKind.NAMED_ORGANIZATION, later.sourceKind());
  }

  @Test
  void aSpokespersonForTheGroupIsTheGroupOnTheRecord() {
    Extraction x = EXTRACTOR.extract("The Interior Ministry said the border was closed. "
        + "A spokesman for the ministry said it would reopen on Monday.");
    Attribution a = withSource(x, "A spokesman for the ministry");
    assertEquals(Optional.of("The Interior Ministry"), resolved(a));
    assertEquals(SourceKind.NAMED_ORGANIZATION, a.sourceKind());
    assertEquals(1, x.sources().size(), x.sources().toString());
  }

  @Test
  void anotherIsOneMoreOfTheUnnamedPersonCitedJustBefore() {
    Extraction x = EXTRACTOR.extract("\"Shameful,\" one user replied. Another wrote: \"Where "
        + "was the warning?\"");
    Attribution another = withSource(x, "Another");
    assertEquals(SourceKind.ANONYMOUS, another.sourceKind());
    assertEquals(Optional.empty(), resolved(another), "someone else, not the first user");
    // after a named person "another" is not that person's kind
    Extraction named = EXTRACTOR.extract("Senator Ana Ruiz said the plan would fail. Another "
        + "said it might work.");
    assertEquals(SourceKind.OTHER, withSource(named, "Another").sourceKind());
  }

  @Test
  void aRoleIsThePersonNamedBeforeWithAnotherWordForTheSameTradeAccentsIncluded() {
    // the sentence before is about the governor: only the role's other word finds the anchor
    Extraction x = EXTRACTOR.extract("Gov. Tom Hale said the session was over and threw reporter "
        + "Lucía Beltrán out of the room. The anchor said she would keep asking questions.");
    assertEquals(Optional.of("Lucía Beltrán"), resolved(withSource(x, "The anchor")));
  }

  @Test
  void anUnnamedSourceIsShownWithoutTheClauseAfterItsComma() {
    Extraction x = EXTRACTOR.extract("A hospital official, who spoke on condition of anonymity "
        + "because he was not allowed to talk to reporters, said 23 people were hurt. Some were "
        + "in critical condition, he said. Sen. Ana Ruiz, a Democrat, said the toll would rise.");
    List<String> shown = x.sources().stream().map(s -> s.canonical().text()).toList();
    assertEquals(List.of("A hospital official", "Ana Ruiz"), shown);
    assertEquals(Optional.of("A hospital official"), resolved(withSource(x, "he")));
  }

  @Test
  void aPlaceNamedLikeAPersonIsNoAntecedent() {
    // "New Hampshire" opens the sentence before the quote as a person's name would
    Extraction x = EXTRACTOR.extract("Marta Quill toured three towns on Monday.\n\n"
        + "New Hampshire voters gave her rival a warm welcome. “We will win it back,” she said.");
    assertNotEquals(Optional.of("New Hampshire"), resolved(withSource(x, "she")));
    assertEquals(Optional.of("Marta Quill"), x.quotes().get(0).resolvedSpeaker()
        .map(TextSpan::text));
  }

  @Test
  void aSecondDescriptionInASentenceIsNotThePersonTheFirstIs() {
    Extraction x = EXTRACTOR.extract("Sen. Rosa Delgado said the deal was dead. In June, the "
        + "Arizona senator urged voters to drop the plan after the billionaire developer "
        + "claimed it would pay for itself.");
    assertEquals(Optional.empty(), resolved(withSource(x, "the billionaire developer")));
  }

  @Test
  void aSurnameAfterAnOpeningAppositiveIsTheSubject() {
    Extraction x = EXTRACTOR.extract("Carl Benning, a coal executive, hired Dana Whit in 2014. "
        + "Ms. Whit said the cleanup had worked.\n\nA Democrat, Mr. Benning is running for "
        + "governor. Through a spokesman, he declined to comment.");
    assertEquals(Optional.of("Carl Benning"), resolved(withSource(x, "he")));
  }

  @Test
  void aPronounAfterAnUnnamedRelativeIsThatRelative() {
    Extraction x = EXTRACTOR.extract("Ruth Adler, 79, was trapped for two hours. Her husband, "
        + "81, was pulled out by neighbours. “I thought I had lost her,” he said.");
    Attribution he = withSource(x, "he");
    assertEquals(Optional.of("Her husband"), resolved(he));
    assertEquals(SourceKind.ANONYMOUS, he.sourceKind());
    assertEquals(Optional.of("Her husband"), x.quotes().get(0).resolvedSpeaker()
        .map(TextSpan::text));
  }

  @Test
  void aPronounOfTheOtherSexIsNotTheRelativeAndANamedRelativeIsNoUnnamedOne() {
    Extraction she = EXTRACTOR.extract("Ruth Adler, 79, was trapped for two hours. Her "
        + "husband, 81, was pulled out by neighbours. “I thought I had lost him,” she said.");
    assertNotEquals(Optional.of("Her husband"), resolved(withSource(she, "she")));
    Extraction named = EXTRACTOR.extract("Ruth Adler was trapped for two hours. Her husband, "
        + "Tom, was pulled out by neighbours. “I thought I had lost her,” he said.");
    assertNotEquals(Optional.of("Her husband"), resolved(withSource(named, "he")));
  }

  @Test
  void billOpeningANameIsAFirstName() {
    Extraction x = EXTRACTOR.extract("Bill Harmon, the county's former treasurer, campaigned "
        + "all week. Harmon said the audit was unfair. “They never asked me,” he said.");
    assertEquals(Optional.of("Bill Harmon"), resolved(withSource(x, "Harmon")));
    assertEquals(Optional.of("Bill Harmon"), resolved(withSource(x, "he")));
  }

  @Test
  void aPersonWhoSaidItIsNoThing() {
    // "said it's" is a contraction, and a first name makes a person whatever "it" stands for
    Extraction x = EXTRACTOR.extract("Senator Ruth Calder said it's too late to change the "
        + "bill. Ruth Calder said it was a mistake to wait. Calder said the vote would fail.");
    assertEquals(SourceKind.NAMED_PERSON, withSource(x, "Calder").sourceKind());
  }

  @Test
  void dottedInitialsAfterTheNameABody() {
    Extraction x = EXTRACTOR.extract("The U.N. said aid would arrive within days. "
        + "The E.U. warned of shortages.");
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "The U.N.").sourceKind());
    assertEquals(SourceKind.NAMED_ORGANIZATION, withSource(x, "The E.U.").sourceKind());
  }

  @Test
  void theyAfterPoliceIsThePolice() {
    Extraction x = EXTRACTOR.extract("Police arrested two men on Friday night. They said both "
        + "men were armed.");
    Attribution they = withSource(x, "They");
    assertEquals(SourceKind.NAMED_ORGANIZATION, they.sourceKind());
    assertEquals(Optional.of("Police"), resolved(they));
    // in its own sentence, after "police" (a plural with no "s")
    Extraction same = EXTRACTOR.extract("Police are investigating after they said a teenager "
        + "was shot.");
    assertEquals(Optional.of("Police"), resolved(withSource(same, "they")));
  }
}
