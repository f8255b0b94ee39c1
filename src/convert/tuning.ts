// Imported first by every script that converts documents (convert, review, realworld, fuzz and
// the converter's benchmark). V8 moves objects from allocation sites whose objects tend to
// survive straight to the old generation ("pretenuring"). The taxonomy is loaded once and kept,
// so sites it shares with the converter (the schema's parser, place and name helpers) are judged
// long-lived, and every document converted after it was then allocated where only a full
// collection frees it: the old generation grew by some 25 MB per 500 documents and the
// converter ran at half its speed. Converted documents are short-lived; let V8 see that.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
