//! Word clusters learned from raw news text (placeholder, being written).
