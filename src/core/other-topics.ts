/**
 * Subjects a sex-therapy FAQ is not about. A reviewed table written from general knowledge of what
 * people ask a website's chat box by mistake, not from any test question. One row per subject:
 *
 * - `about`: what the subject is (for the reader only).
 * - `words`: single words as normalised text (lower case), separated by ", ". Word forms are
 *   stemmed, so "recipe" also matches "recipes": one form per stem is enough, and the table ships in
 *   the browser.
 *
 * A word here is evidence that the visitor asks about something else only when it is in the clause
 * that asks (see `focus.ts`), is not a lay term, and the loaded corpus does not use it: a clinic's
 * own file may well have an entry on parking or contraception, and then the word is its topic.
 * Left out on purpose: words a story about one's sex life often asks with ("baby", "surgery",
 * "cancer", "diabetes", "cholesterol", "alcohol", "holiday", "retirement", "stitches", "tired");
 * words a question about the clinic's service or this chat asks with ("is this chat saved on my
 * laptop", "password", "wifi", "can I get a refund", "a coupon",
 * "my bank statement", "on my lunch break", "if it snows", "I have the flu/covid, can I move my
 * appointment", "a therapist who speaks Spanish"); words with an everyday sense that is in the
 * domain ("tire", "resume", "screen", "game", "credit", "cold turkey", "the ace umbrella", "in the
 * closet", "coconut oil"); subjects a story may blame ("does cycling cause erection problems", "since
 * the toddler", "brain fog", "my freckles"), or that tell of the visitor's pay, work or home ("I live
 * paycheck to paycheck", "I am freelance", "he sleeps on the sofa"); anything that may keep a visitor
 * from an appointment ("a hurricane", "strep", "on crutches") or that they may ask this chat about
 * ("the font", "my smartwatch"); and words whose stem is such a word ("promotion" is "promote",
 * "earrings" is "ear", "boxing" is "box").
 */
import { runThrough, type Steps } from './steps.ts';
import { stemsOfTableSteps, wordRow as row, type WordRow } from './word-table.ts';

export const OTHER_TOPICS: readonly WordRow[] = [
  row('errands and services', 'ambulance, paramedic, pharmacy, chemist, supermarket, gym, grocery, bakery, parking, laundry, laundromat, launderette, hairdresser, hairstylist, haircut, barber, salon, manicure, pedicure, mechanic, garage, carwash, library, zoo, petrol, gasoline, tyre, plumber, electrician, locksmith, trainer, dentist, dental, optician, postage, postal, mailbox, parcel, courier, cashier, tailor, florist, butcher, notary, pawnshop, dmv, brand'),
  row('food and cooking', 'recipe, cook, bake, boil, fry, roast, oven, microwave, stove, fridge, freezer, saucepan, kettle, vinegar, ketchup, mayonnaise, mustard, cinnamon, oregano, basil, parsley, ingredient, restaurant, cafe, menu, cuisine, chef, bartender, takeaway, takeout, barbecue, bbq, pizza, sushi, burger, sandwich, taco, burrito, curry, risotto, stew, chili, popcorn, fries, pasta, spaghetti, lasagna, noodle, rice, soup, salad, casserole, omelette, pancake, waffle, cereal, oatmeal, yogurt, cheese, butter, egg, bacon, ham, lamb, duck, beef, pork, steak, salmon, tuna, shrimp, lobster, tofu, lentil, bean, peanut, tomato, potato, carrot, onion, garlic, lettuce, spinach, broccoli, cabbage, zucchini, cauliflower, pumpkin, mushroom, avocado, apple, lemon, lime, orange, grape, plum, mango, kiwi, watermelon, blueberry, raspberry, fruit, vegetable, dessert, cake, pie, brownie, muffin, cupcake, bread, sourdough, dough, snack, sauce, salt, pepper, smoothie, milkshake, lemonade, soda, gluten, vegan, vegetarian, calories, breakfast, dishwasher, cutlery'),
  row('weather', 'weather, forecast, rain, sunny, humidity, windy, cloudy, drought, frost, hail, pollen, celsius, fahrenheit, sunrise, sunset'),
  row('travel', 'flight, timetable, railway, tram, airport, airline, hotel, hostel, passport, visa, luggage, baggage, suitcase, layover, departure, taxi, uber, ferry, sightseeing, tourist, tourism, museum, tent, cruise, itinerary, backpacking, jetlag, rental, getaway, resort'),
  row('vehicles and their repair', 'vehicle, engine, brake, windshield, windscreen, battery, radiator, carburetor, clutch, gearbox, diesel, mileage, odometer, dealership, headlight, bumper, horsepower, scooter, truck, minivan, sedan, suv, dui'),
  row('home, garden and DIY', 'dishes, faucet, boiler, furnace, heater, thermostat, gutter, ceiling, carpet, tiles, drywall, wallpaper, furniture, cupboard, wardrobe, attic, basement, chimney, porch, driveway, doorbell, insulation, solar, lightbulb, mop, broom, detergent, recycling, appliance, washer, dryer, hammer, drill, screwdriver, wrench, ladder, fence, renovation, remodel, contractor, handyman, mold, pest, cockroach, termite, garden, plant, seeds, soil, compost, prune, lawn, mower, mow, flower, tulip, shrub, hedge, greenhouse, harvest, orchard'),
  row('money and legal matters', 'salary, tax, irs, hmrc, currency, exchange, euro, mortgage, loan, pension, annuity, investing, stocks, bankruptcy, probate, lawyer, attorney, solicitor, lawsuit, jury, detective, investigator, custody, alimony, prenup, landlord, tenant, lease, eviction, immigration, citizenship, warranty, cohabitation'),
  row('technical support', 'printer, router, charger, spreadsheet, calculator, usb, hdmi, modem, ethernet, motherboard, cpu, gpu, ssd, firmware, photoshop, powerpoint'),
  row('pets', 'dog, puppy, chihuahua, labrador, poodle, terrier, cat, kitten, hamster, aquarium, goldfish, tortoise, gerbil, ferret, parrot, reptile, lizard, turtle, horse, veterinarian, kennel, litter, flea, heartworm, deworm, spay, neuter'),
  row('entertainment, hobbies and sport', 'movie, comedy, romcom, yoga, pilates, dance, salsa, actor, actress, celebrity, netflix, cinema, theatre, theater, concert, festival, album, song, lyrics, spotify, singer, playstation, xbox, nintendo, videogame, trivia, riddle, lottery, horoscope, playlist, knit, crochet, sewing, quilt, pottery, sketch, scrapbook, origami, woodworking, photography, karaoke, guitar, piano, violin, drum, chess, puzzle, crossword, sudoku, jigsaw, lego, hiking, camping, tattoo, shampoo, sunscreen, poem, poetry, mountain, football, soccer, basketball, baseball, cricket, tennis, golf, hockey, rugby, volleyball, marathon, jogging, swimming, gymnastics, badminton, lacrosse, softball, karate, judo, taekwondo, referee, umpire, goalkeeper, stadium, playoffs, olympics, nba, nfl, fifa, ski, snowboard, surfing, bowling, league, tournament, championship'),
  row('study and work', 'maths, multiply, arithmetic, algebra, geometry, trigonometry, calculus, geography, grammar, duolingo, tutor, essay, thesis, dissertation, tuition, textbook, syllabus, classroom, kindergarten, preschool, grades, gpa, toefl, ielts, flashcards, plagiarism, playground, lullaby, cv, internship, payroll, timesheet, overtime, recruiter, hiring, vacancy, forklift, linkedin, homeschool, dictionary, synonym, percent'),
  row('general knowledge', 'president, politician, democrat, republican, vote, population, capital, continent, ocean, planet, rocket, galaxy, astronomy, dinosaur, volcano, gravity, equation'),
  row('shopping', 'shipping, amazon, ebay, etsy, walmart, tesco, aldi, lidl, ikea, costco, mall, boutique, jacket, sneakers, necklace, jewelry, jewellery, balloon'),
  // Health questions next to the domain that this FAQ does not answer
  row('contraception', 'contraception, iud, coil, vasectomy, spermicide, diaphragm'),
  row('sexually transmitted and other genital infections, and their tests', 'std, sti, chlamydia, gonorrhea, gonorrhoea, syphilis, herpes, hiv, hpv, trichomoniasis, uti, cystitis'),
  row('vaccines', 'vaccine, measles'),
  row('growing up', 'puberty'),
  row('other body care', 'acne, eczema, dandruff, acupuncture, acupuncturist, osteopath, mammogram, knee, ankle, elbow, wrist, toenail, tooth, toothbrush, floss, sprain, hiccups, snoring, nosebleed, toothache, earache, sinus, tonsils, rubella, malaria, tetanus, gout, lasik, hayfever, sunburn, lice, eyesight, cataract, chiropractor, podiatrist, bunion, orthodontist, optometrist, audiologist, mri, colonoscopy, endoscopy, pediatrician, ibuprofen, paracetamol, tylenol, braces'),
];

/** Stems of every word in OTHER_TOPICS. */
export const otherTopicStems = (): ReadonlySet<string> => runThrough(otherTopicStemSteps());

/** `otherTopicStems`, pausing after each row. */
export const otherTopicStemSteps = (): Steps<ReadonlySet<string>> => stemsOfTableSteps(OTHER_TOPICS, 'Other topic');
