/// The built-in English stopword list (`stopwords: english`): function words, auxiliaries, pronouns, contractions'
/// pieces and news boilerplate verbs that carry no topic. Lowercase; compared after lowercasing.
enum EnglishStopwords {
    static let words: Set<String> = [
        // Articles, conjunctions, prepositions.
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "because", "as", "while",
        "whether", "though", "although", "unless", "until", "since", "of", "in", "on", "at", "by", "for", "with",
        "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to",
        "from", "up", "down", "out", "off", "over", "under", "again", "further", "once", "per", "via", "within",
        "without", "across", "along", "among", "around", "behind", "beside", "beyond", "despite", "inside",
        "near", "onto", "outside", "towards", "toward", "upon",
        // Pronouns and determiners.
        "i", "me", "my", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
        "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
        "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "whose", "this", "that",
        "these", "those", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no",
        "not", "only", "own", "same", "too", "very", "every", "either", "neither", "much", "many", "another",
        "one", "ones", "something", "anything", "nothing", "everything", "someone", "anyone", "everyone",
        // Auxiliaries and common verbs.
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "ought", "get", "gets", "got", "make", "makes", "made", "say", "says", "said", "go", "goes", "went",
        // Contraction pieces as tokenizers split them.
        "'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "s", "t",
        "ca", "wo", "don", "didn", "doesn", "isn", "wasn", "aren", "weren",
        // Adverbs and question words.
        "here", "there", "when", "where", "why", "how", "just", "now", "also", "still", "even", "ever", "never",
        "already", "almost", "however", "perhaps", "really", "quite", "rather", "well", "back", "away", "soon",
        "yes", "mr", "mrs", "ms", "dr",
    ]
}
