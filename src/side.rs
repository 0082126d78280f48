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

    /// The other side.
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
    pub old: T,
    pub new: T,
}

impl<T> Pair<T> {
    pub fn new(old: T, new: T) -> Self {
        Pair { old, new }
    }

    pub fn get(&self, side: Side) -> &T {
        match side {
            Side::Old => &self.old,
            Side::New => &self.new,
        }
    }

    pub fn get_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Old => &mut self.old,
            Side::New => &mut self.new,
        }
    }

    /// Applies `f` to both sides.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Pair<U> {
        Pair {
            old: f(self.old),
            new: f(self.new),
        }
    }

    /// Borrows both sides.
    pub fn as_ref(&self) -> Pair<&T> {
        Pair {
            old: &self.old,
            new: &self.new,
        }
    }

    /// Exchanges the sides.
    pub fn swapped(self) -> Self {
        Pair {
            old: self.new,
            new: self.old,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_and_swap_agree() {
        let p = Pair::new(1, 2);
        assert_eq!(*p.get(Side::Old), 1);
        assert_eq!(*p.get(Side::New), 2);
        let s = p.clone().swapped();
        assert_eq!(*s.get(Side::Old), 2);
        assert_eq!(Side::Old.other(), Side::New);
        assert_eq!(p.map(|x| x * 10), Pair::new(10, 20));
    }
}
