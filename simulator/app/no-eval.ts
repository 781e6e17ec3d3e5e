// zod compiles its object parsers with `new Function` unless told not to; the app's
// Content-Security-Policy refuses eval, and each refusal is a reported violation. The code
// that loads zod's schemas (the worker, the lesson library) imports this first: the switch
// is read when a schema is made, as its module loads.
import { z } from 'zod';

z.config({ jitless: true });
