/**
 * Subjects a sex-therapy FAQ is not about. A reviewed table written from general knowledge of what
 * people ask a website's chat box by mistake, not from any test question. One row per subject:
 *
 * - `about`: what the subject is (for the reader only).
 * - `words`: single words as normalised text (lower case), separated by ", ". Word forms are
 *   stemmed, so "recipe" also matches "recipes".
 *
 * A word here is evidence that the visitor asks about something else only when it is in the clause
 * that asks (see `focus.ts`), is not a lay term, and the loaded corpus does not use it: a clinic's
 * own file may well have an entry on parking or contraception, and then the word is its topic.
 * Left out on purpose: words a story about one's sex life often asks with ("baby", "surgery",
 * "cancer", "diabetes", "alcohol", "holiday", "retirement", "stitches", "tired"), and words with an
 * everyday sense that is in the domain ("tire", "resume", "screen", "game", "credit").
 */
import { stem } from './stem.ts';
import { tokenise } from './tokenise.ts';

export interface OtherTopic {
  readonly about: string;
  readonly words: string;
}

const row = (about: string, words: string): OtherTopic => ({ about, words });

export const OTHER_TOPICS: readonly OtherTopic[] = [
  row('errands and services', 'pharmacy, chemist, supermarket, gym, grocery, groceries, bakery, parking, laundry, hairdresser, haircut, barber, salon, manicure, mechanic, garage, petrol, gasoline, tyre, plumber, electrician, locksmith, dentist, dental, optician, postage, parcel, courier'),
  row('food and cooking', 'recipe, cooking, bake, baking, restaurant, restaurants, cafe, menu, pizza, sushi, vegan, vegetarian, calories, calorie, bread, cake, soup, coffee, lunch, breakfast'),
  row('weather', 'weather, forecast, rain, raining, snow, snowing, sunny, humidity'),
  row('travel', 'flight, flights, airport, airline, hotel, hotels, passport, visa, luggage, baggage, taxi, uber, sightseeing, cruise, itinerary'),
  row('money, tax and legal matters', 'tax, taxes, mortgage, loan, loans, bank, banking, pension, investing, investment, stocks, crypto, bitcoin, lawyer, lawyers, attorney, solicitor, lawsuit, landlord, tenant, lease, eviction, immigration, citizenship, refund, warranty'),
  row('technical support', 'password, wifi, laptop, printer, iphone, android, router, bluetooth, software, keyboard, charger, spreadsheet'),
  row('pets', 'dog, dogs, puppy, cat, cats, kitten, hamster, aquarium, pet, pets'),
  row('entertainment and sport', 'movie, movies, netflix, concert, football, soccer, basketball, baseball, cricket, lottery, horoscope, playlist'),
  row('study and work', 'spanish, french, german, maths, tutor, essay, cv, internship'),
  row('shopping', 'coupon, shipping, amazon, ebay'),
  // Health questions next to the domain that this FAQ does not answer
  row('contraception', 'contraception, contraceptive, iud, vasectomy, spermicide, diaphragm'),
  row('sexually transmitted infections and their tests', 'std, stds, sti, stis, chlamydia, gonorrhea, gonorrhoea, syphilis, herpes, hiv, hpv, trichomoniasis'),
  row('vaccines and common illness', 'vaccine, vaccines, vaccination, vaccinated, flu, covid, measles'),
  row('other body care', 'acne, eczema, dandruff, mammogram, knee, ankle, ibuprofen, paracetamol, tylenol, cholesterol, braces'),
];

/** Stems of every word in OTHER_TOPICS. */
export function otherTopicStems(topics: readonly OtherTopic[] = OTHER_TOPICS): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const topic of topics) {
    for (const word of topic.words.split(', ')) {
      const tokens = tokenise(word);
      if (tokens.length !== 1 || tokens[0] === undefined) throw new Error(`Other topic "${topic.about}": "${word}" must normalise to exactly one word.`);
      stems.add(stem(tokens[0]));
    }
  }
  return stems;
}
