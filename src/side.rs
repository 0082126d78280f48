//! `Side` and `Pair<T>`: code that treats the old and new version alike is written once.

/// Which of the two compared versions a piece belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The reference version, shown in the left pane.
    Old,
    /// The version compared against it, shown in the right pane.
    New,
}

impl Side {
    /// Both sides, old first.
    pub const BOTH: [Side; 2] = [Side::Old, Side::New];

    /// The side across from this one.
    pub fn other(self) -> Side {
        match self {
            Side::Old => Side::New,
            Side::New => Side::Old,
        }
    }
}

/// One value per side.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pair<T> {
    /// The old (left) side's value.
    pub old: T,
    /// The new (right) side's value.
    pub new: T,
}

impl<T> Pair<T> {
    /// A pair of the old and the new side's values.
    pub fn new(old: T, new: T) -> Self {
        Pair { old, new }
    }

    /// One side's value.
    pub fn get(&self, side: Side) -> &T {
        match side {
            Side::Old => &self.old,
            Side::New => &self.new,
        }
    }

    /// One side's value, to change.
    pub fn get_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Old => &mut self.old,
            Side::New => &mut self.new,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_reaches_each_side() {
        let mut p = Pair::new(1, 2);
        assert_eq!(*p.get(Side::Old), 1);
        assert_eq!(*p.get(Side::New), 2);
        *p.get_mut(Side::New) = 3;
        assert_eq!(p, Pair::new(1, 3));
    }
}
