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
 * "cancer", "diabetes", "cholesterol", "alcohol", "holiday", "retirement", "stitches", "tired");
 * words a question about the clinic's service or this chat asks with ("is this chat saved on my
 * laptop", "password", "wifi", "can I get a refund", "a coupon", "are sessions tax deductible",
 * "my bank statement", "on my lunch break", "if it snows", "I have the flu/covid, can I move my
 * appointment", "a therapist who speaks Spanish"); and words with an everyday sense that is in the
 * domain ("tire", "resume", "screen", "game", "credit").
 */
import { stem } from './stem.ts';
import { tokeniseOneWord } from './tokenise.ts';

export interface OtherTopic {
  readonly about: string;
  readonly words: string;
}

const row = (about: string, words: string): OtherTopic => ({ about, words });

export const OTHER_TOPICS: readonly OtherTopic[] = [
  row('errands and services', 'pharmacy, chemist, supermarket, gym, grocery, groceries, bakery, parking, laundry, hairdresser, haircut, barber, salon, manicure, mechanic, garage, petrol, gasoline, tyre, plumber, electrician, locksmith, dentist, dental, optician, postage, parcel, courier'),
  row('food and cooking', 'recipe, cooking, bake, baking, restaurant, restaurants, cafe, menu, pizza, sushi, vegan, vegetarian, calories, calorie, bread, cake, soup, breakfast'),
  row('weather', 'weather, forecast, rain, raining, sunny, humidity'),
  row('travel', 'flight, flights, airport, airline, hotel, hotels, passport, visa, luggage, baggage, taxi, uber, sightseeing, cruise, itinerary'),
  row('money and legal matters', 'mortgage, loan, loans, pension, investing, investment, stocks, lawyer, lawyers, attorney, solicitor, lawsuit, landlord, tenant, lease, eviction, immigration, citizenship, warranty'),
  row('technical support', 'printer, router, charger, spreadsheet'),
  row('pets', 'dog, dogs, puppy, cat, cats, kitten, hamster, aquarium, pet, pets'),
  row('entertainment and sport', 'movie, movies, netflix, concert, football, soccer, basketball, baseball, cricket, lottery, horoscope, playlist'),
  row('study and work', 'maths, tutor, essay, cv, internship'),
  row('shopping', 'shipping, amazon, ebay'),
  // Health questions next to the domain that this FAQ does not answer
  row('contraception', 'contraception, contraceptive, iud, vasectomy, spermicide, diaphragm'),
  row('sexually transmitted infections and their tests', 'std, stds, sti, stis, chlamydia, gonorrhea, gonorrhoea, syphilis, herpes, hiv, hpv, trichomoniasis'),
  row('vaccines', 'vaccine, vaccines, vaccination, vaccinated, measles'),
  row('other body care', 'acne, eczema, dandruff, mammogram, knee, ankle, ibuprofen, paracetamol, tylenol, braces'),
];

/** Stems of every word in OTHER_TOPICS. */
export function otherTopicStems(topics: readonly OtherTopic[] = OTHER_TOPICS): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const topic of topics) {
    for (const word of topic.words.split(', ')) {
      stems.add(stem(tokeniseOneWord(word, `Other topic "${topic.about}"`)));
    }
  }
  return stems;
}
