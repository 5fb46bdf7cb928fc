/**
 * Stop-words by language: function words (articles, pronouns, prepositions, auxiliaries) plus a
 * few courtesy words ("thanks", "gracias"). They serve twice: removed from trend terms, and, being
 * the most frequent and most language-specific words, they vote for the language of a text.
 * Lower case, with and without accents where people often drop them; space-separated.
 */

export const STOPWORD_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl'] as const;

export const STOPWORDS: Readonly<Record<(typeof STOPWORD_LANGUAGES)[number], string>> = {
  en: `a about above after again against all am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
    during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
    here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
    let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves
    out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the
    their theirs them themselves then there there's these they they'd they'll they're they've this those
    through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when
    when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll
    you're you've your yours yourself yourselves im ive dont didnt doesnt cant wont isnt wasnt arent youre
    thats theres just get got getting will also now still even really would much many well back
    thanks thank please yes yeah via amp rt http https www com one two today know need want going gonna
    wanna let like make made see say said way us ever every never always anyone someone something
    anything nothing everyone u ur`,
  es: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el
    él ella ellas ellos en entre era eran es esa esas ese eso esos esta está están estas este esto estos
    estoy fue fueron fui ha han hasta hay la las le les lo los mas más me mi mis mucho muy nada ni no nos
    nosotros o os otra otro para pero poco por porque que qué quien se ser si sí sin sobre son su sus
    también tan te tengo ti tiene tienen todo todos tu tú tus un una uno unos usted ustedes y ya yo
    gracias hola tambien esta estan aqui aquí cuándo dónde cómo porqué`,
  pt: `a ao aos as até com como da das de dela dele deles do dos e é ela elas ele eles em entre era eram
    essa essas esse esses esta está estão estas este estes eu foi foram há isso isto já la lhe lhes mais
    mas me mesmo meu meus minha minhas muito na nas não nem no nos nós num numa o os ou para pela pelas
    pelo pelos por porque quando que quem se sem ser seu seus só sua suas também te tem têm tu tua tuas
    um uma você vocês vos obrigado obrigada olá voce voces nao entao então tambem ate tá`,
  fr: `à au aux avec ce ces c'est dans de des du elle elles en est et être eu il ils j'ai je la le les leur
    leurs lui ma mais me même mes moi mon ne nos notre nous on ont ou où par pas pour qu qu'il que qui sa
    se ses son sont sur ta te tes toi ton tu un une vos votre vous y été était avait avoir fait très
    merci bonjour oui non aussi cette cet ça ca suis sommes êtes etes tres deja déjà`,
  de: `aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dem den der des dich
    die dir doch du durch ein eine einem einen einer eines er es euch für fur hab habe haben hat hatte
    ich ihm ihn ihr im in ist ja kann kein keine mich mir mit nach nicht noch nun nur ob oder ohne schon
    sehr sein seine sich sie sind so über um und uns unser vom von vor war waren was weil wenn werden
    wie wir wird zu zum zur danke bitte hallo heute gibt`,
  it: `a ad al alla alle allo anche che chi ci come con da dal dalla dei del della delle di dove e è ed
    gli ha hanno ho il in io la le lei lo loro lui ma mi mia mio ne nei nel nella noi non o per perché
    più poi quando quella quello questa questo se si sono su sua suo ti tu tua tuo un una uno voi grazie
    ciao sei siamo perche piu`,
  nl: `aan al als ben bij dan dat de die dit door een en er geen had heb heeft hem het hier hij hoe
    ik in is je jij kan maar me men met mij mijn na naar niet niets nog nu of om ons ook op over te
    tot u uit van veel voor was wat we wel wij wordt zal ze zich zij zijn zo zonder bedankt dank hallo`,
};
