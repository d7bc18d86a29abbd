/** The stemmers and stop words of @nlpjs/lang-* (which ship no types): each stemmer stems one lower-case word. */

declare module "@nlpjs/lang-ar" {
  export class StemmerAr {
    stemWord(word: string): string;
  }
}

declare module "@nlpjs/lang-el" {
  export class StemmerEl {
    stemWord(word: string): string;
  }
}

declare module "@nlpjs/lang-en-min" {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}

declare module "@nlpjs/lang-es" {
  export class StemmerEs {
    stemWord(word: string): string;
  }
}

declare module "@nlpjs/lang-fr" {
  export class StemmerFr {
    stemWord(word: string): string;
  }
}

declare module "@nlpjs/lang-it" {
  export class StemmerIt {
    stemWord(word: string): string;
  }
}

declare module "@nlpjs/lang-en-min" {
  export class StopwordsEn {
    dictionary: Record<string, boolean>;
  }
}

declare module "@nlpjs/lang-es" {
  export class StopwordsEs {
    dictionary: Record<string, boolean>;
  }
}

declare module "@nlpjs/lang-fr" {
  export class StopwordsFr {
    dictionary: Record<string, boolean>;
  }
}

declare module "@nlpjs/lang-it" {
  export class StopwordsIt {
    dictionary: Record<string, boolean>;
  }
}

declare module "@nlpjs/lang-el" {
  export class StopwordsEl {
    dictionary: Record<string, boolean>;
  }
}
