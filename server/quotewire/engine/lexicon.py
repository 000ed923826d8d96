"""Word lists the stages share: speech verbs, channels, honorifics, role nouns, pronouns."""

from __future__ import annotations

# Verbs that report speech or writing; a quote next to one of them is attributed to its subject.
SPEECH_VERBS = frozenset("""
say tell add state announce claim allege declare write tweet post note explain insist argue warn ask reply respond
answer continue conclude remark comment admit acknowledge confirm deny suggest stress emphasize emphasise recall
report predict promise vow urge contend maintain assert observe describe call testify reiterate proclaim quip joke
complain concede caution lament boast brag mention shout yell whisper scream cry reveal disclose inform assure
recount counter retort point charge accuse praise criticize criticise condemn demand pledge repeat recommend liken
read
bark beam chant exclaim boom interrupt interject echo mouth gush snap thunder muse marvel sigh laugh fume scoff
sneer tease plead groan mutter murmur wonder rant holler bellow vent confess cheer howl sing chime stammer opine
confide
""".split())
# Verbs that introduce someone's quoted words ('“...,” Smith agreed.') but report no clause of their own ("agreed to
# meet", "protested the ruling").
QUOTE_VERBS = SPEECH_VERBS | frozenset("""
agree disagree concur retaliate apologize apologise object protest rebut scold chide elaborate clarify summarize
summarise press question surmise exhort crack jeer
""".split()) | frozenset({  # and verbs with a particle, looked up as "lemma particle" ('Rubio shot back, “...”')
    "shoot back", "fire back", "hit back", "push back", "snap back", "cut in", "chime in", "break in", "jump in",
    "weigh in",
})
# The plainest of them: a clause headed by one of these is itself an attribution, never what another one reports.
CORE_SPEECH_VERBS = frozenset("say tell add state claim allege declare write announce insist argue explain".split())
# Verbs of belief or intention that also introduce attributed content, though never a direct quote alone.
REPORTING_VERBS = SPEECH_VERBS | frozenset("""
believe think feel expect hope fear worry know estimate consider argue doubt agree disagree suspect understand
indicate show find learn hear decide plan want intend signal acknowledge predict conclude
""".split())
# Nouns that name where something was said: "in a statement", "on Twitter".
CHANNEL_NOUNS = frozenset("""
statement interview tweet post twitter x facebook instagram telegram truth television tv radio podcast video
conference briefing release email letter speech remarks op-ed column blog message memo report testimony hearing
address broadcast appearance show call
""".split())
CHANNEL_PREPOSITIONS = frozenset({"in", "on", "via", "through", "during", "at"})
# Titles that stand before a name: "Colonel Joe Buccino", "President Biden".
HONORIFICS = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady rev reverend father sister brother rabbi imam sheikh
president vice-president premier chancellor king queen prince princess emperor pope cardinal bishop
senator sen rep representative congressman congresswoman governor gov mayor judge justice ambassador minister
secretary general gen lieutenant lt colonel col major maj captain capt admiral adm sergeant sgt commander cmdr
corporal cpl private pvt marshal brigadier chief officer inspector detective agent speaker chairman chairwoman
senators sens representatives reps governors govs generals gens pres
""".split())
# Abbreviated titles, written with a period, that stand before a name and so never end a sentence ("Sen. Ted
# Cruz", "Lt. Gen. Michael Kurilla"); "St.", "Jr." and "No." are left out, since they can.
TITLE_ABBREVIATIONS = frozenset("""
mr mrs ms messrs mmes dr prof rev fr msgr sen sens rep reps gov govs lt col gen gens maj capt adm sgt cmdr cpl pvt
brig atty supt insp hon pres amb
""".split())
# Nouns that name a role: the head of a title ("Foreign Ministry spokesman", "commander of CENTCOM").
ROLE_NOUNS = HONORIFICS | frozenset("""
spokesman spokeswoman spokesperson director head leader official commander chief executive ceo cfo coo founder
chair chairperson member analyst expert adviser advisor aide deputy assistant manager president minister
secretary envoy negotiator correspondent reporter editor economist professor researcher scientist lawyer
attorney prosecutor candidate lawmaker legislator diplomat strategist owner partner president-elect economist
professor historian pollster activist organizer consultant treasurer governor-elect senator-elect coach
chancellor dean principal officer trooper sheriff deputy superintendent commissioner administrator
pastor actor actress coach advocate mp mps mla mlas mep meps inspector
""".split())
# Honorifics that are courtesy, not a role: never a speaker's title ("Mr. Trump", "Dr. Ben Carson").
COURTESY_TITLES = frozenset("mr mrs ms miss messrs mmes mme mlle dr".split())
# Words that join the title after them into one: "Attorney General", "Deputy Secretary", "Lt. Gen.".
TITLE_PREFIXES = frozenset("""
attorney deputy vice assistant associate lt lieutenant brigadier maj major rear acting interim under surgeon
majority minority high
""".split())
# Words that make one title with the title word after them: those above and "chief" ("Chief Justice").
RANKS_BEFORE_A_TITLE = TITLE_PREFIXES | {"chief"}
# Words that mark a role as past: its organisation is no longer the person's affiliation.
PAST_WORDS = frozenset("former ex ex- then then- retired onetime one-time erstwhile outgoing late".split())
# Party words that open a title or stand before a name: the affiliation, not the role ("a Democratic pollster").
PARTY_WORDS = frozenset("""
democratic democrat democrats republican republicans gop dem dems libertarian liberal liberals conservative
conservatives labour tory tories
""".split())
# Descriptive words that open a title phrase and are no part of the role ("longtime", "top", "conservative").
DESCRIPTIVE_WORDS = frozenset("""
top longtime long-time close closest wealthy billionaire millionaire colorful successful prominent leading
well-known famous hawkish influential powerful young younger old older outspoken popular controversial beloved
another other conservative liberal progressive moderate centrist fellow veteran staunch devout loyal
current ranting raving embattled beleaguered struggling surging unaligned
""".split())
# Nouns of a relation, a stance or a description: the head of no title ("brother", "supporter", "voter").
NOT_ROLE_NOUNS = frozenset("""
wife husband daughter son mother father brother sister cousin uncle aunt niece nephew grandson granddaughter
grandmother grandfather parent child friend ally rival colleague confidante boss mentor protege
supporter critic opponent fan admirer backer donor detractor foe enemy voter resident retiree graduate citizen native
celebrity billionaire millionaire multimillionaire conservative liberal progressive moderate veteran person man
socialist populist libertarian nationalist centrist
woman people guy one human number order matter letter paper power border water center centre quarter answer
computer weather chapter corner summer winter floor door error factor sector color colour motor minor mirror
terror horror labor labour favor honor member-state character manner banner charter theater theatre cancer
cluster dinner disaster finger folder layer monster poster register shoulder tower trigger voucher wonder
chamber thriller sticker trailer container filter proper other offer danger shelter anger cover hunger laser
leather lever river silver supper timber tiger tractor barrier butter customer client shopper consumer passenger
viewer reader listener user follower neighbor neighbour stranger newcomer survivor winner loser believer lover hater
segregationist nationalist populist socialist communist fascist loyalist separatist extremist isolationist racist
sexagenarian septuagenarian octogenarian nonagenarian centenarian crusader
""".split())
# Role nouns a title may end on beyond ROLE_NOUNS and the endings of nouns for people (ROLE_ENDINGS).
MORE_ROLE_NOUNS = frozenset("""
mogul producer chief head aide guard judge coach chair mayor clerk nominee envoy surrogate superdelegate fellow hopeful
challenger front-runner frontrunner contender mate pundit nurse chef pilot poet priest bishop cardinal pope king queen
incumbent student accountant attendant merchant lieutenant delegate advocate magistrate operative executive
dignitary emissary missionary trustee appointee employee designee scholar actress hostess heiress entrepreneur
publisher columnist journalist anchor host commentator lobbyist volunteer engineer surgeon neurosurgeon
maven associate counsel whip committeeman committeewoman professional magnate tycoon investor
""".split())
# Endings of nouns that name a person by what they do: "pollster", "lobbyist", "historian", "businessman".
ROLE_ENDINGS = ("er", "or", "ist", "yst", "ian", "man", "woman")
NAME_ROLE_ENDINGS = ("ist", "yst")  # of those, the endings of roles that no given name or surname shares
# Pronouns that open a relative clause ("Ann Lee, who is a lawyer,"; "the group, which ...")
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | frozenset({"i", "you"})
# Nouns that end the name of an organisation: "Foreign Ministry", "Central Command".
ORG_NOUNS = frozenset("""
ministry department office command agency council committee party army navy force forces corps court university
institute bank company corporation group government administration house senate congress parliament commission
bureau service union association organization organisation foundation center centre authority police guard
cabinet embassy mission secretariat assembly board network press news times post agency club federation nations league
technologies industries systems holdings partners airlines airways motors laboratories pharmaceuticals
communications enterprises inc corp ltd llc reserve
""".split())
# Nouns that make a capitalised phrase an organisation's name where a title names one ("Brookings Institution").
AFFILIATION_NOUNS = ORG_NOUNS | frozenset("""
institution chamber school college fund trust caucus church coalition alliance society academy campaign pac
journal magazine newspaper firm brotherhood sisterhood fraternity sorority guild league project program programme
initiative report review watch action
""".split())
# Organisation nouns that are no one's surname either: a name ending in one is no person even where the NER tagger
# says so ("the Trayvon Martin Foundation", "the Brennan Center"); "House", "Post" and "Court" are surnames too.
NEVER_SURNAMES = ORG_NOUNS - frozenset(
    "house post court bank guard union mission force board times office service club".split())
# Contractions written without an apostrophe, which the MWT model is right to split (whole_words.py).
CONTRACTIONS = frozenset("""
cannot gonna wanna gotta gimme lemme dunno outta kinda sorta hafta hasta shoulda coulda woulda musta oughta
whaddya whatcha gotcha betcha lotta
""".split())
# The last word of a place's name, never a person's: "the United States", "the Gulf States", "Cook Islands".
# The states of the United States, places wherever the NER tagger misses one ("the Vermont senator").
US_STATES = frozenset("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
""".split()) | frozenset({"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
                          "Rhode Island", "South Carolina", "South Dakota", "West Virginia"})
PLACE_NOUNS = frozenset("states kingdom emirates republic islands province county territory territories".split())
# Nouns that carry what someone said or thinks: "his claim that ...".
CLAIM_NOUNS = frozenset("""
claim statement assertion argument belief promise pledge warning allegation suggestion view assurance insistence
contention charge accusation admission acknowledgment announcement declaration prediction fear hope concern
""".split())
# Nouns of intent whose "to" clause is what the owner means to do: "her decision to meet him".
INTENT_NOUNS = frozenset("""
decision plan proposal strategy effort bid push call promise pledge vow threat attempt offer goal aim demand
refusal intention intent determination commitment campaign
""".split())
# Verbs whose prepositional object is what was said or thought: "talked about the economy", "argued for a tax".
TOPIC_VERBS = frozenset("""
talk speak comment write argue complain warn ask testify boast brag joke tweet post remark rant reflect disagree
agree worry think know learn hear read call advocate lobby campaign push rail lash insist vote
""".split())
TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "for", "against", "over", "with"})
# Verbs whose object comes with a preposition of their own: "pointed to the polls", "focused on the economy".
PREPOSITION_VERBS: dict[str, frozenset[str]] = {
    "point": frozenset({"to"}), "refer": frozenset({"to"}), "allude": frozenset({"to"}), "respond": frozenset({"to"}),
    "react": frozenset({"to"}), "object": frozenset({"to"}), "focus": frozenset({"on"}), "touch": frozenset({"on"}),
    "dwell": frozenset({"on"}), "elaborate": frozenset({"on"}), "weigh": frozenset({"in", "on"}),
    # one speaks on the radio, for an hour, to reporters, with a paper, on condition of anonymity: only what one
    # speaks about, of or against is what was said
    "speak": frozenset({"about", "of", "against"}),
}
# Verbs whose direct object is what was said or thought: "cited the report", "criticized the plan".
OBJECT_VERBS = frozenset("""
cite criticize criticise attack question mention describe discuss support want announce propose praise blame
condemn deny dispute reject endorse defend oppose promise predict demand accuse applaud dismiss acknowledge
back prefer favor favour thank mock ridicule slam tout denounce disavow embrace welcome show
offer highlight express share confirm challenge recognize recognise stress emphasize emphasise tweet reveal report
outline list
""".split())
# Verbs of wanting, planning or refusing: their "to ..." complement is what the subject intends or says.
INTENT_VERBS = frozenset("""
want plan hope refuse decline intend expect seek vow promise pledge
""".split())
# Verbs that name what someone is: "called Trump a fascist", "labeled the plan a disaster".
NAMING_VERBS = frozenset({"call", "label", "dub", "brand", "deem"})
# Verbs that ask someone to do something: "urged voters to turn out".
OBJECT_CONTROL_VERBS = frozenset({"ask", "urge", "tell", "encourage", "invite", "press", "implore", "beg", "warn",
                                  "order", "advise", "instruct", "challenge", "dare", "remind", "push", "call"})
# Verbs that cast someone as something: "sees Cruz as a uniter", "described the plan as a disaster".
AS_VERBS = frozenset({"see", "view", "regard", "describe", "refer", "portray", "characterize", "characterise", "paint",
                      "cast", "depict", "hail", "dismiss", "denounce", "praise", "criticize", "criticise", "tout"})
# Verbs that charge or credit someone with something: "accused Clinton of lying".
CHARGE_VERBS = frozenset({"accuse", "blame", "criticize", "criticise", "praise", "thank", "credit", "fault", "slam",
                          "attack", "chide", "scold", "rebuke", "commend", "applaud", "condemn", "denounce", "knock"})
# Verbs of saying as a headline writes them: "Graham Says Trump Could Address Clean Energy".
HEADLINE_VERBS = frozenset("""
Says Say Said Tells Warns Claims Calls Slams Blasts Urges Sees Speaks Reveals Praises Rips Accuses Admits Denies
Vows Predicts Insists Defends Demands Wants Thinks Knows Backs Endorses Mocks Questions Hits Attacks Explains
Asks Suggests Argues Announces Confirms Pledges Promises Threatens Condemns Criticizes Dismisses Rejects Blames
""".split())
# Every verb a stage looks up by lemma.
CUE_LEMMAS = (SPEECH_VERBS | REPORTING_VERBS | TOPIC_VERBS | OBJECT_VERBS | INTENT_VERBS | NAMING_VERBS | AS_VERBS
              | CHARGE_VERBS | OBJECT_CONTROL_VERBS | frozenset(PREPOSITION_VERBS))
# Inflections to undo when the lemmatizer leaves an unknown stem ("endorsed" -> "endors"), most specific first.
INFLECTIONS = (("ied", "y"), ("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""))


# Irregular past forms of cue verbs.
IRREGULAR_CUES = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "spoke": "speak",
                  "thought": "think", "felt": "feel", "knew": "know", "found": "find", "heard": "hear",
                  "sang": "sing", "saw": "see"}


def known_lemma(text: str, lemma: str) -> str:
    """`lemma`, or the cue verb that `text` inflects when the lemmatizer got it wrong ("endorsed" -> "endorse")."""
    if lemma in CUE_LEMMAS:
        return lemma
    word = text.lower()
    if word in IRREGULAR_CUES:  # "Said Ellis: ...": a capital the lemmatizer's dictionary does not know
        return IRREGULAR_CUES[word]
    for suffix, base in INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            for candidate in (stem + base, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
                if candidate in CUE_LEMMAS:
                    return candidate
    return lemma


# Words naming a time, which never belong to what was said: "criticized the plan on Monday".
TIME_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon
evening night day week month year weekend january february march april may june july august september october
november december
""".split())
