// The default rating bands (readings.md item 12) worded in the output language, so that
// `--lang en` on a Chinese plan rates `good`, not 良好. A plan's own bands stay as written.
#pragma once

#include "labels.h"
#include "model.h"

namespace plankit {

// Renames the default bands' labels to their words in `lang` (`rating.*`); leaves the
// plan's own `scoring.ratings` alone.
void word_default_ratings(Plan& plan, Lang lang);

}  // namespace plankit
